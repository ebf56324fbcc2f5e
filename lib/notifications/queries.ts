import type { Payload, TypedUser } from 'payload'

import { hasRole } from '@/access/roles'

/** How many notifications `user` has not read (0 for anyone who is not staff). */
export const countUnreadNotifications = async ({ payload, user }: { payload: Payload; user: TypedUser }) => {
  if (!hasRole(user, 'admin', 'editor', 'analyst')) {
    return 0
  }
  const { totalDocs } = await payload.count({
    collection: 'notifications',
    overrideAccess: false,
    user,
    where: { readAt: { exists: false } },
  })
  return totalDocs
}

/** The newest notifications of `user`, read with their own access rights. */
export const getNotifications = async ({
  limit = 100,
  payload,
  user,
}: {
  limit?: number
  payload: Payload
  user: TypedUser
}) => {
  const { docs } = await payload.find({
    collection: 'notifications',
    depth: 0,
    limit,
    overrideAccess: false,
    sort: '-createdAt',
    user,
  })
  return docs
}
