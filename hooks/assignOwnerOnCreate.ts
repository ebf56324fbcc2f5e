import type { CollectionBeforeValidateHook } from 'payload'

/**
 * A reader's item always belongs to whoever creates it: the `user` sent by the client is ignored,
 * so nobody can file an item under someone else's account.
 */
export const assignOwnerOnCreate: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user) {
    return data
  }
  return { ...data, user: req.user.id }
}
