import type { User } from '@/payload-types'

/** A Payload user as the Local API wants it when acting for them. */
export const actor = (user: User) => ({ ...user, collection: 'users' as const })

/** Local API options that act for `user` with access control enforced. */
export const as = (user: User) => ({ overrideAccess: false, user: actor(user) })
