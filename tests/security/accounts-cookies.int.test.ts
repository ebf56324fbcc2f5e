import type { Payload } from 'payload'

import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { createUser } from '@/tests/helpers/fixtures'

import { restCall } from './accountsApi'

/**
 * With an https public address (SITE_URL) and no single sign-on configured: session cookies are
 * `Secure`, Payload's serverURL and CSRF list name the public address, and Payload's cookie works
 * only on requests from the site's own pages.
 */

const SITE = 'https://crossroads.example'
const env = { ...process.env }

let payload: Payload

const signIn = async (user: User) => {
  const answer = await restCall({ body: { email: user.email, password: 'test-password-1' }, path: '/users/login' })
  expect(answer.status).toBe(200)
  const setCookie = answer.headers.get('set-cookie') ?? ''
  return { cookie: setCookie.split(';')[0], setCookie }
}

const rename = (user: User, cookie: string, headers: Record<string, string>, name: string) =>
  restCall({ body: { name }, headers: { cookie, ...headers }, method: 'PATCH', path: `/users/${user.id}` })

const storedName = async (user: User) =>
  (await payload.db.findOne<User>({ collection: 'users', where: { id: { equals: user.id } } }))?.name

beforeAll(async () => {
  process.env.SITE_URL = SITE
  for (const name of ['NEXTAUTH_URL', 'OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET']) {
    delete process.env[name]
  }
  // Imported only now, so the config is built from the settings above.
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  await createUser(payload, 'admin')
})

afterAll(async () => {
  process.env = { ...env }
  await payload.destroy()
})

describe('cookies on an https site without single sign-on', () => {
  it('should mark the Payload session cookie Secure', async () => {
    const { setCookie } = await signIn(await createUser(payload, 'editor'))
    expect(setCookie).toMatch(/^payload-token=/)
    expect(setCookie).toMatch(/;\s*Secure/i)
  })

  it('should have next-auth use Secure, __Secure- prefixed cookies', async () => {
    const { authOptions } = await import('@/lib/auth/options')
    expect(authOptions().useSecureCookies).toBe(true)
  })
})

describe("Payload's own CSRF settings", () => {
  it('should take serverURL and the CSRF list from the public address', () => {
    expect(payload.config.serverURL).toBe(SITE)
    expect(payload.config.csrf).toContain(SITE)
  })

  it('should refuse the cookie on a cross-site request and accept it from the site', async () => {
    const user = await createUser(payload, 'editor')
    const { cookie } = await signIn(user)
    const crossSite = await rename(user, cookie, { origin: 'https://evil.example' }, 'Renamed from elsewhere')
    expect(crossSite.status).toBe(403)
    expect(await storedName(user)).toBe(user.name)

    const sameSite = await rename(user, cookie, { origin: SITE }, 'Renamed on the site')
    expect(sameSite.status).toBe(200)
    expect(await storedName(user)).toBe('Renamed on the site')
  })

  it('should accept the cookie without Origin only when the browser says the request is same-origin', async () => {
    const user = await createUser(payload, 'editor')
    const { cookie } = await signIn(user)
    const me = (headers: Record<string, string>) =>
      restCall({ headers: { cookie, ...headers }, method: 'GET', path: '/users/me' })
    expect((await me({ 'sec-fetch-site': 'same-origin' })).body).toMatchObject({ user: { id: user.id } })
    expect((await me({ 'sec-fetch-site': 'cross-site' })).body).toMatchObject({ user: null })
    // Payload's rule: a client that sends neither header (curl, a script) must use `Authorization`.
    expect((await me({})).body).toMatchObject({ user: null })
  })
})
