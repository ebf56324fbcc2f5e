import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import { hasRole } from '@/access/roles'

/**
 * A comment someone has answered belongs to the item's history: its author may no longer delete
 * it. Only an admin may (moderation), and then its replies go first, while they still name it.
 */
export const keepAnsweredComments: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const replies = { parent: { equals: id } }
  if (hasRole(req.user, 'admin')) {
    await req.payload.delete({ collection: 'review-comments', overrideAccess: true, req, where: replies })
    return
  }
  const { totalDocs } = await req.payload.count({
    collection: 'review-comments',
    overrideAccess: true,
    req,
    where: replies,
  })
  if (totalDocs > 0) {
    throw new APIError('This comment has replies, so it stays with the item’s history.', 409, null, true)
  }
}
