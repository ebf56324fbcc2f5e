import type { Payload } from 'payload'

import { encode } from 'next-auth/jwt'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { createUser } from '@/tests/helpers/fixtures'
import { whereSupported } from '@/tests/helpers/support'
import { createTestPayload } from '@/tests/helpers/payload'

import { verifyCredentials } from './credentials'
import { authSecret } from './env'
import { openPayloadSession, revokePayloadSession } from './payloadSessions'
import { findOrProvisionSsoUser } from './provisionSsoUser'

let payload: Payload
let editor: User

const cookieFor = async (user: User, sid: string) =>
  `next-auth.session-token=${await encode({ secret: authSecret(), token: { email: user.email, sid, uid: user.id } })}`

beforeAll(async () => {
  payload = await createTestPayload()
  await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
})

afterAll(async () => {
  await payload.destroy()
})

describe('next-auth session strategy', () => {
  it('should authenticate a request carrying a next-auth cookie as its Payload user', async () => {
    const sid = await openPayloadSession(payload, editor.id)
    const { user } = await payload.auth({ headers: new Headers({ cookie: await cookieFor(editor, sid) }) })
    expect(user).toMatchObject({ _strategy: 'next-auth', email: editor.email, id: editor.id, role: 'editor' })
  })

  it('should stop authenticating once the Payload session is revoked', async () => {
    const sid = await openPayloadSession(payload, editor.id)
    const headers = new Headers({ cookie: await cookieFor(editor, sid) })
    await revokePayloadSession({ payload, sid, userId: editor.id })
    expect((await payload.auth({ headers })).user).toBeNull()
  })

  it('should ignore the cookie on a cross-site request and a token signed with another secret', async () => {
    const sid = await openPayloadSession(payload, editor.id)
    const crossSite = new Headers({ cookie: await cookieFor(editor, sid), origin: 'https://evil.example' })
    expect((await payload.auth({ headers: crossSite })).user).toBeNull()
    const forged = await encode({ secret: 'not-our-secret', token: { sid, uid: editor.id } })
    expect(
      (await payload.auth({ headers: new Headers({ cookie: `next-auth.session-token=${forged}` }) })).user,
    ).toBeNull()
  })
})

describe('next-auth session next to a Payload login', () => {
  it('should let a Payload login of another person win, and not block one of the same person', async () => {
    const admin = (await payload.find({ collection: 'users', where: { role: { equals: 'admin' } } })).docs[0]
    const adminLogin = await payload.login({
      collection: 'users',
      data: { email: admin.email, password: 'test-password-1' },
    })
    const sid = await openPayloadSession(payload, editor.id)
    const both = new Headers({ cookie: `${await cookieFor(editor, sid)}; payload-token=${adminLogin.token}` })
    expect((await payload.auth({ headers: both })).user).toMatchObject({ _strategy: 'local-jwt', id: admin.id })

    const editorLogin = await payload.login({
      collection: 'users',
      data: { email: editor.email, password: 'test-password-1' },
    })
    const samePerson = new Headers({ cookie: `${await cookieFor(editor, sid)}; payload-token=${editorLogin.token}` })
    expect((await payload.auth({ headers: samePerson })).user).toMatchObject({ _strategy: 'next-auth', id: editor.id })
  })
})

describe('credentials sign-in', () => {
  it('should sign in with the right password and open a Payload session', async () => {
    const user = await createUser(payload, 'analyst')
    const verified = await verifyCredentials({ address: 'a', email: user.email, password: 'test-password-1', payload })
    expect(verified).toMatchObject({ email: user.email, id: user.id, role: 'analyst' })
    const stored = await payload.db.findOne<User>({ collection: 'users', where: { id: { equals: user.id } } })
    expect(stored?.sessions?.map((session) => session.id)).toContain(verified?.sid)
  })

  whereSupported('loginAttemptCounting')(
    'should answer an unknown email, a wrong password and a locked account alike, and lock after 5 failures',
    async () => {
      const user = await createUser(payload, 'analyst')
      const attempt = async (email: string, password: string) => {
        const startedAt = Date.now()
        const result = await verifyCredentials({ address: 'b', email, password, payload })
        return { elapsed: Date.now() - startedAt, result }
      }
      const unknown = await attempt('nobody@crossroads.example', 'whatever-password')
      const wrong = [] as Awaited<ReturnType<typeof attempt>>[]
      for (let i = 0; i < 5; i += 1) {
        wrong.push(await attempt(user.email, 'wrong-password'))
      }
      const lockedWithRightPassword = await attempt(user.email, 'test-password-1')
      for (const outcome of [unknown, ...wrong, lockedWithRightPassword]) {
        expect(outcome.result).toBeNull()
        expect(outcome.elapsed).toBeGreaterThanOrEqual(690)
        expect(outcome.elapsed).toBeLessThan(1500)
      }
    },
  )

  it('should refuse every attempt from one address after 20 in the window', async () => {
    const user = await createUser(payload, 'analyst')
    for (let i = 0; i < 20; i += 1) {
      await verifyCredentials({ address: 'c', email: 'nobody@crossroads.example', password: 'x', payload })
    }
    expect(
      await verifyCredentials({ address: 'c', email: user.email, password: 'test-password-1', payload }),
    ).toBeNull()
    expect(
      await verifyCredentials({ address: 'd', email: user.email, password: 'test-password-1', payload }),
    ).not.toBeNull()
  }, 30_000)

  it('should never refuse an address for signing in successfully, however often', async () => {
    const user = await createUser(payload, 'analyst')
    for (let i = 0; i < 25; i += 1) {
      expect(
        await verifyCredentials({ address: 'e', email: user.email, password: 'test-password-1', payload }),
        `sign-in ${i + 1}`,
      ).not.toBeNull()
    }
  }, 60_000)
})

describe('SSO provisioning', () => {
  const env = { ...process.env }
  afterEach(() => {
    process.env = { ...env }
  })

  it('should create a reader when nothing maps, and a staff role from the claim', async () => {
    process.env.OIDC_ROLE_MAP = 'crossroads-editors:editor'
    const reader = await findOrProvisionSsoUser({
      claims: { email_verified: true },
      email: 'New.Reader@Mail.example',
      name: 'New Reader',
      payload,
    })
    expect(reader).toMatchObject({ email: 'new.reader@mail.example', role: 'reader' })
    const staff = await findOrProvisionSsoUser({
      claims: { email_verified: true, groups: ['crossroads-editors'] },
      email: 'new.editor@mail.example',
      payload,
    })
    expect(staff?.role).toBe('editor')
  })

  it('should keep the role set in Payload for an existing account', async () => {
    process.env.OIDC_EMAIL_DOMAIN_ROLES = 'crossroads.example:admin'
    const existing = await findOrProvisionSsoUser({ claims: { email_verified: true }, email: editor.email, payload })
    expect(existing).toMatchObject({ id: editor.id, role: 'editor' })
  })
})
