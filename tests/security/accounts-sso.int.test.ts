import type { Account, Profile } from 'next-auth'
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { SSO_EMAIL_NOT_VERIFIED } from '@/lib/auth/messages'
import { authOptions } from '@/lib/auth/options'
import { findOrProvisionSsoUser } from '@/lib/auth/provisionSsoUser'
import { createUser } from '@/tests/helpers/fixtures'
import { createTestPayload } from '@/tests/helpers/payload'

/**
 * Single sign-on matches accounts by email, so it links to an existing account, or creates one,
 * only when the identity provider says the address is verified (`email_verified: true`).
 */

let payload: Payload
let editor: User

const UNVERIFIED: Record<string, Record<string, unknown>> = {
  'a missing email_verified claim': {},
  'email_verified: "true" (a string)': { email_verified: 'true' },
  'email_verified: false': { email_verified: false },
}

const accountsWith = async (email: string) =>
  (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs

/** next-auth's `signIn` callback for an OpenID Connect round trip that brought these claims. */
const ssoSignInAllowed = async (claims: Record<string, unknown>) => {
  const signIn = authOptions().callbacks?.signIn
  if (!signIn) {
    throw new Error('authOptions has no signIn callback')
  }
  return signIn({
    account: { provider: 'oidc', providerAccountId: 'x', type: 'oauth' } as Account,
    profile: { sub: 'x', ...claims } as Profile,
    user: { id: 'x' },
  })
}

beforeAll(async () => {
  payload = await createTestPayload()
  await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
})

afterAll(async () => {
  await payload.destroy()
})

describe('linking an SSO sign-in to an account', () => {
  for (const [label, claims] of Object.entries(UNVERIFIED)) {
    it(`should refuse to link an existing account with ${label}`, async () => {
      await expect(findOrProvisionSsoUser({ claims, email: editor.email, payload })).rejects.toThrow(
        SSO_EMAIL_NOT_VERIFIED,
      )
      await expect(ssoSignInAllowed({ ...claims, email: editor.email })).rejects.toThrow(SSO_EMAIL_NOT_VERIFIED)
    })

    it(`should refuse to create an account with ${label}`, async () => {
      const email = `sso-${Object.keys(claims).length}-${String(claims.email_verified)}@mail.example`
      await expect(findOrProvisionSsoUser({ claims, email, payload })).rejects.toThrow(SSO_EMAIL_NOT_VERIFIED)
      expect(await accountsWith(email)).toBe(0)
    })
  }

  it('should link an existing account and create a new one when email_verified is true', async () => {
    const claims = { email_verified: true }
    expect(await ssoSignInAllowed({ ...claims, email: editor.email })).toBe(true)
    expect(await findOrProvisionSsoUser({ claims, email: editor.email, payload })).toMatchObject({ id: editor.id })
    const created = await findOrProvisionSsoUser({ claims, email: 'verified.newcomer@mail.example', payload })
    expect(created).toMatchObject({ email: 'verified.newcomer@mail.example', role: 'reader' })
  })
})
