import type { CollectionMeHook } from 'payload'

import type { User } from '@/payload-types'

import { type AuthenticatedUser, findActiveSession } from '@/lib/auth/payloadSessions'

import { NEXT_AUTH_STRATEGY } from '../strategies/nextAuthSession'

/**
 * The admin panel schedules its token refresh from `exp`, which Payload reads from its own token.
 * A next-auth sign-in has none, so report when its Payload session expires instead.
 */
export const reportNextAuthSessionExpiry: CollectionMeHook = async ({ args, user }) => {
  const requestUser = args.req.user as (AuthenticatedUser & typeof args.req.user) | null
  if (!user || requestUser?._strategy !== NEXT_AUTH_STRATEGY) {
    return
  }
  const stored = await args.req.payload.db.findOne<User>({
    collection: 'users',
    req: args.req,
    where: { id: { equals: requestUser.id } },
  })
  const session = stored && findActiveSession(stored, requestUser._sid)
  if (!session) {
    return
  }
  return { exp: Math.floor(new Date(session.expiresAt).getTime() / 1000), user }
}
