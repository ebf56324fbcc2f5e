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

/**
 * Marks read what `user` was told about one document, once they open it for review: the link in a
 * mail, the desk and the queue all lead there, and the notice has then done its work. Only their
 * own rows, through their own access rights; returns how many were unread.
 */
export const markNotificationsReadFor = async ({
  documentCollection,
  documentId,
  payload,
  user,
}: {
  documentCollection: string
  documentId: number | string
  payload: Payload
  user: TypedUser
}): Promise<number> => {
  if (!hasRole(user, 'admin', 'editor', 'analyst')) {
    return 0
  }
  const { docs } = await payload.update({
    collection: 'notifications',
    data: { readAt: new Date().toISOString() },
    depth: 0,
    overrideAccess: false,
    user,
    where: {
      and: [
        { documentCollection: { equals: documentCollection } },
        { documentId: { equals: String(documentId) } },
        { readAt: { exists: false } },
      ],
    },
  })
  return docs.length
}
