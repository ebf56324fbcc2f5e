import type { Payload } from 'payload'

import { createHash, randomBytes } from 'node:crypto'

import type { User } from '@/payload-types'

import { publicOrigin, siteUrl } from '@/lib/siteUrl'

/** How long a link to confirm a new email address works. */
export const EMAIL_CHANGE_LIFETIME_MS = 24 * 60 * 60 * 1000

/** A new single-use token: the link carries it, the database keeps only its hash. */
export const newEmailChangeToken = (): { hash: string; token: string } => {
  const token = randomBytes(32).toString('base64url')
  return { hash: hashEmailChangeToken(token), token }
}

export const hashEmailChangeToken = (token: string): string => createHash('sha256').update(token).digest('hex')

/** The page that asks the owner of the new address to confirm (a GET never changes anything). */
export const emailChangeLink = (token: string): string =>
  new URL(`/confirm-email?token=${encodeURIComponent(token)}`, publicOrigin() ?? siteUrl()).toString()

export const normalizeEmail = (email: string): string => email.trim().toLowerCase()

/** An address in the shape Payload's own email field accepts. */
export const isEmailAddress = (email: string): boolean =>
  email.length <= 254 && /^[^\s@"<>]+@[^\s@"<>]+\.[^\s@"<>]+$/.test(email)

export type PendingEmailChange = { account: Pick<User, 'email' | 'id' | 'name' | 'role'>; newEmail: string }

/**
 * The change a confirmation token stands for, or `null` when the token is unknown, used or
 * expired. Read with the database adapter: the token's hash is a hidden field.
 */
export const findPendingEmailChange = async (payload: Payload, token: unknown): Promise<null | PendingEmailChange> => {
  if (typeof token !== 'string' || !token || token.length > 200) {
    return null
  }
  const user = await payload.db.findOne<User>({
    collection: 'users',
    where: { emailChangeTokenHash: { equals: hashEmailChangeToken(token) } },
  })
  if (
    !user?.pendingEmail ||
    !user.emailChangeExpiresAt ||
    new Date(user.emailChangeExpiresAt).getTime() <= Date.now()
  ) {
    return null
  }
  return { account: { email: user.email, id: user.id, name: user.name, role: user.role }, newEmail: user.pendingEmail }
}
