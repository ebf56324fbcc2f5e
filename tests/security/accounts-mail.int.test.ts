import type { Payload } from 'payload'

import { getPayload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { User } from '@/payload-types'

import { RESET_MAIL_OFF } from '@/lib/email/messages'
import { createUser } from '@/tests/helpers/fixtures'

import { graphqlCall, restCall } from './accountsApi'
import { captureLogs } from './accountsLogs'
import { startMailServer } from './accountsMailServer'

/**
 * Reset mail goes through a real SMTP server (nodemailer), its link points at the public address,
 * and the token never reaches the log; a production server without a mail server says that reset
 * mail is off instead of making tokens nobody receives.
 */

let payload: Payload
let mailServer: Awaited<ReturnType<typeof startMailServer>>
const env = { ...process.env }

const forgotPassword = (email: string) => restCall({ body: { email }, path: '/users/forgot-password' })

const storedToken = async (user: User) =>
  (await payload.db.findOne<User>({ collection: 'users', where: { id: { equals: user.id } } }))?.resetPasswordToken

beforeAll(async () => {
  mailServer = await startMailServer()
  process.env.SMTP_URL = mailServer.url
  process.env.MAIL_FROM = 'Crossroads Accounts <accounts@crossroads.example>'
  process.env.SITE_URL = 'https://crossroads.example'
  // Imported only now, so the config is built from the settings above.
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  await createUser(payload, 'admin')
})

afterEach(() => {
  vi.unstubAllEnvs()
  process.env.SMTP_URL = mailServer.url
})

afterAll(async () => {
  process.env = { ...env }
  await payload.destroy()
  await mailServer.close()
})

describe('password-reset mail', () => {
  it('should deliver the reset link through the SMTP server, on the public address', async () => {
    const user = await createUser(payload, 'editor')
    expect((await forgotPassword(user.email)).status).toBe(200)
    const mail = await mailServer.nextMail((received) => received.to.includes(user.email))
    const token = await storedToken(user)
    expect(token).toEqual(expect.any(String))
    expect(mail.text).toContain(`https://crossroads.example/admin/reset/${token}`)
    expect(mail.raw).toMatch(/^From: Crossroads Accounts <accounts@crossroads\.example>/m)
  })

  it('should never write the reset token to the log in production mode', async () => {
    const user = await createUser(payload, 'editor')
    const logs = captureLogs(payload)
    vi.stubEnv('NODE_ENV', 'production')
    const answer = await forgotPassword(user.email)
    const mail = await mailServer.nextMail((received) => received.to.includes(user.email))
    logs.restore()
    expect(answer.status).toBe(200)
    const token = await storedToken(user)
    expect(mail.text).toContain(`/admin/reset/${token}`)
    expect(logs.text()).not.toContain(token)
  })

  it('should say that reset mail is off, and make no token, in production without a mail server', async () => {
    const user = await createUser(payload, 'editor')
    vi.stubEnv('NODE_ENV', 'production')
    delete process.env.SMTP_URL
    const rest = await forgotPassword(user.email)
    const unknown = await forgotPassword('nobody@crossroads.example')
    const graphql = await graphqlCall({
      query: 'mutation Forgot($email: String!) { forgotPasswordUser(email: $email) }',
      variables: { email: user.email },
    })
    expect(rest.status).toBe(503)
    expect(rest.body).toEqual({ errors: [{ message: RESET_MAIL_OFF }] })
    expect(unknown.body).toEqual(rest.body)
    expect(JSON.stringify(graphql.body)).toContain(RESET_MAIL_OFF)
    expect(await storedToken(user)).toBeFalsy()
  })
})
