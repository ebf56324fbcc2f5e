import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import { addSessionToUser } from 'payload/shared'

import type { User } from '@/payload-types'

type Session = NonNullable<User['sessions']>[number]

/** What Payload adds to `req.user` once a strategy has authenticated the request. */
export type AuthenticatedUser = { _sid?: string; _strategy?: string }

/** Opens a Payload session for a user signed in through next-auth; its id goes into the next-auth token. */
export const openPayloadSession = async (payload: Payload, userId: number | string): Promise<string> => {
  const user = await payload.db.findOne<User>({ collection: 'users', where: { id: { equals: userId } } })
  if (!user) {
    throw new Error('The account no longer exists.')
  }
  const { sid } = await addSessionToUser({
    collectionConfig: payload.collections.users.config,
    payload,
    req: await createLocalReq({}, payload),
    user: user as unknown as Parameters<typeof addSessionToUser>[0]['user'],
  })
  if (!sid) {
    throw new Error('Payload sessions are disabled on the users collection.')
  }
  return sid
}

export const findActiveSession = (user: Pick<User, 'sessions'>, sid: unknown, now = new Date()): null | Session => {
  if (typeof sid !== 'string') {
    return null
  }
  const session = (user.sessions ?? []).find((candidate) => candidate.id === sid)
  return session && new Date(session.expiresAt) > now ? session : null
}

/** Ends one Payload session, so every cookie carrying its id (next-auth or payload-token) stops working. */
export const revokePayloadSession = async ({
  payload,
  req,
  sid,
  userId,
}: {
  payload: Payload
  req?: Partial<PayloadRequest>
  sid: string
  userId: number | string
}): Promise<void> => {
  const user = await payload.db.findOne<User>({ collection: 'users', req, where: { id: { equals: userId } } })
  if (!user?.sessions?.some((session) => session.id === sid)) {
    return
  }
  await payload.db.updateOne({
    collection: 'users',
    data: { ...user, sessions: user.sessions.filter((session) => session.id !== sid), updatedAt: null },
    id: user.id,
    req,
    returning: false,
  })
}
