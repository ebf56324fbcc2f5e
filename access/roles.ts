import type { PayloadRequest } from 'payload'

/**
 * Every role a Payload user can hold. `reader` is a public-site account (first SSO sign-in without
 * a staff mapping): it is not staff, so every rule below must name the roles it lets through.
 */
export const ROLES = ['admin', 'editor', 'analyst', 'reader'] as const

export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user'] | null | undefined

/** The role of a signed-in Payload user, or `null` for anyone else. */
export const roleOf = (user: MaybeUser): null | Role => {
  if (!user || user.collection !== 'users') {
    return null
  }
  const role = (user as { role?: unknown }).role
  return ROLES.includes(role as Role) ? (role as Role) : null
}

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean => {
  const role = roleOf(user)
  return role !== null && roles.includes(role)
}
