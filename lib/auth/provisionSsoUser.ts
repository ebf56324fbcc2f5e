import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

import type { User } from '@/payload-types'

import { SSO_EMAIL_NOT_VERIFIED } from './messages'
import { roleForNewSsoUser, roleMappingFromEnv } from './roleMapping'

/**
 * Accounts are matched by email, so an SSO sign-in may use an address only when the provider
 * says it checked it: `email_verified` exactly `true`. A missing claim, `false` or the string
 * `"true"` is not verification, or anyone who can set an unverified address at some provider
 * could take over the Crossroads account that has it.
 */
export const isVerifiedEmailClaim = (claims: Record<string, unknown> | undefined): boolean =>
  claims?.email_verified === true

/** Thrown when the provider does not vouch for the email; next-auth turns it into `?error=…`. */
export class SsoEmailNotVerified extends Error {
  constructor() {
    super(SSO_EMAIL_NOT_VERIFIED)
    this.name = 'SsoEmailNotVerified'
  }
}

/**
 * The Payload user for an SSO sign-in, matched by the email the provider verified (anything else
 * throws `SsoEmailNotVerified`). A first sign-in creates the account with the role mapped from the
 * claims, `reader` by default; afterwards the role is whatever an admin sets in Payload. Returns
 * `null` when no account may be created: before the first admin exists, Payload would make the
 * newcomer admin.
 */
export const findOrProvisionSsoUser = async ({
  claims,
  email,
  name,
  payload,
}: {
  claims: Record<string, unknown>
  email: string
  name?: null | string
  payload: Payload
}): Promise<null | User> => {
  if (!isVerifiedEmailClaim(claims)) {
    throw new SsoEmailNotVerified()
  }
  const normalizedEmail = email.trim().toLowerCase()
  const existing = await payload.find({
    collection: 'users',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { email: { equals: normalizedEmail } },
  })
  if (existing.docs[0]) {
    return existing.docs[0]
  }
  if ((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0) {
    payload.logger.error({ msg: 'SSO sign-in refused: create the first admin account in /admin before using SSO.' })
    return null
  }
  return payload.create({
    collection: 'users',
    data: {
      email: normalizedEmail,
      name: name?.trim() || normalizedEmail.split('@')[0],
      // Payload's local strategy needs a password; nobody knows this one. The person can still
      // set one through "forgot password" if an admin wants them to have the fallback.
      password: randomBytes(32).toString('base64url'),
      role: roleForNewSsoUser({ claims, config: roleMappingFromEnv(), email: normalizedEmail }),
    },
    overrideAccess: true,
  })
}
