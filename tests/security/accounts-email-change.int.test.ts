import type { Payload } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { User } from '@/payload-types'

import { findOrProvisionSsoUser } from '@/lib/auth/provisionSsoUser'
import { loggedEmails } from '@/lib/email/logEmailAdapter'
import { createUser } from '@/tests/helpers/fixtures'

import { graphqlCall, restCall } from './accountsApi'

/**
 * Nobody moves their own account onto an address they have not shown they own: a person's new
 * email waits until the link mailed to it is followed. Admins set other people's addresses directly.
 */

let payload: Payload
let admin: User
let counter = 0

const uniqueEmail = (label: string) => `${label}-${Date.now().toString(36)}-${++counter}@mail.example`

const tokenFor = async (user: User) =>
  (await payload.login({ collection: 'users', data: { email: user.email, password: 'test-password-1' } })).token!

const changeEmail = async (actor: User, target: User, email: string) =>
  restCall({
    body: { email },
    headers: { Authorization: `JWT ${await tokenFor(actor)}` },
    method: 'PATCH',
    path: `/users/${target.id}`,
  })

const stored = async (user: User) =>
  (await payload.db.findOne<User>({ collection: 'users', where: { id: { equals: user.id } } }))!

const createReader = async () =>
  payload.create({
    collection: 'users',
    data: { email: uniqueEmail('reader'), name: 'Reader', password: 'test-password-1', role: 'reader' },
  })

const latestMailTo = (address: string) => [...loggedEmails].reverse().find((mail) => mail.to.includes(address))

/** The token in the link of the latest confirmation mail to `address`. */
const confirmationToken = (address: string) => {
  const mail = latestMailTo(address)
  const token = /\/confirm-email\?token=([\w-]+)/.exec(mail?.text ?? '')?.[1]
  if (!token) {
    throw new Error(`No confirmation link was mailed to ${address}`)
  }
  return token
}

const confirm = (token: string) => restCall({ body: { token }, path: '/users/confirm-email-change' })

beforeAll(async () => {
  payload = await getPayload({ config })
  admin = await createUser(payload, 'admin')
})

afterEach(() => {
  vi.unstubAllEnvs()
})

afterAll(async () => {
  await payload.destroy()
})

describe("a person's own email change", () => {
  it('should keep the new address pending until the single-use link mailed to it is followed', async () => {
    const editor = await createUser(payload, 'editor')
    const newEmail = uniqueEmail('moved-editor')
    expect((await changeEmail(editor, editor, newEmail)).status).toBe(200)
    const pending = await stored(editor)
    expect(pending).toMatchObject({ email: editor.email, pendingEmail: newEmail })

    const token = confirmationToken(newEmail)
    expect(JSON.stringify(pending)).not.toContain(token)
    expect((await confirm(token)).status).toBe(200)
    expect(await stored(editor)).toMatchObject({ email: newEmail, pendingEmail: null })
    expect(latestMailTo(editor.email)?.text).toContain(newEmail)

    expect((await confirm(token)).status).toBe(400)
  })

  it('should send at most one confirmation mail a minute for an account', async () => {
    const editor = await createUser(payload, 'editor')
    expect((await changeEmail(editor, editor, uniqueEmail('first-ask'))).status).toBe(200)
    const again = await changeEmail(editor, editor, uniqueEmail('second-ask'))
    expect(again.status).toBe(429)
    expect(JSON.stringify(again.body)).toContain('Wait a minute')
  })

  it('should refuse an expired link and keep the old address', async () => {
    const analyst = await createUser(payload, 'analyst')
    const newEmail = uniqueEmail('late-analyst')
    await changeEmail(analyst, analyst, newEmail)
    await payload.db.updateOne({
      collection: 'users',
      data: { emailChangeExpiresAt: new Date(Date.now() - 1000).toISOString() },
      id: analyst.id,
      returning: false,
    })
    expect((await confirm(confirmationToken(newEmail))).status).toBe(400)
    expect((await stored(analyst)).email).toBe(analyst.email)
  })

  it('should not let a reader claim an address in advance, over REST or GraphQL', async () => {
    const overRest = await createReader()
    const overGraphql = await createReader()
    const future = uniqueEmail('future-staff')
    await changeEmail(overRest, overRest, future)
    await graphqlCall({
      headers: { Authorization: `JWT ${await tokenFor(overGraphql)}` },
      query: `mutation { updateUser(id: ${JSON.stringify(overGraphql.id)}, data: { email: "${future}" }) { email } }`,
    })
    for (const reader of [overRest, overGraphql]) {
      expect(await stored(reader)).toMatchObject({ email: reader.email, pendingEmail: future })
    }

    const owner = await findOrProvisionSsoUser({ claims: { email_verified: true }, email: future, payload })
    expect([overRest.id, overGraphql.id]).not.toContain(owner?.id)
  })

  it('should answer alike whether or not the new address has an account, and refuse it at confirmation', async () => {
    const editor = await createUser(payload, 'editor')
    const other = await createUser(payload, 'editor')
    const toTaken = await changeEmail(editor, editor, other.email)
    expect(toTaken.status).toBe(200)
    const confirmation = await confirm(confirmationToken(other.email))
    expect(confirmation.status).toBe(409)
    expect((await stored(editor)).email).toBe(editor.email)
  })

  it('should say that mail is off, and change nothing, on a production server without a mail server', async () => {
    const editor = await createUser(payload, 'editor')
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('SMTP_URL', '')
    vi.stubEnv('SMTP_HOST', '')
    const answer = await changeEmail(editor, editor, uniqueEmail('no-mail'))
    expect(answer.status).toBe(503)
    expect(JSON.stringify(answer.body)).toContain('Ask an administrator to change it for you.')
    const after = await stored(editor)
    expect(after.email).toBe(editor.email)
    // Never set: null on SQLite, absent on MongoDB.
    expect(after.pendingEmail ?? null).toBeNull()
  })
})

describe("an admin changing someone else's email", () => {
  it('should change it at once', async () => {
    const analyst = await createUser(payload, 'analyst')
    const newEmail = uniqueEmail('renamed-by-admin')
    expect((await changeEmail(admin, analyst, newEmail)).status).toBe(200)
    expect((await stored(analyst)).email).toBe(newEmail)
  })
})
