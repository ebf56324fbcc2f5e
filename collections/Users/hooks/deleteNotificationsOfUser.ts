import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * Deletes a person's notifications with their account: they are addressed to nobody else, and the
 * database refuses to delete an account that rows still point to.
 */
export const deleteNotificationsOfUser: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'notifications',
    overrideAccess: true,
    req,
    where: { recipient: { equals: id } },
  })
}
