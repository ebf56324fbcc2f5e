import type { Payload } from 'payload'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { logEmailAdapter, loggedEmails } from '@/lib/email/logEmailAdapter'
import { accountMailStatus, smtpSettings } from '@/lib/email/settings'
import { checkStartUpSettings } from '@/lib/secret'

const env = { ...process.env }

const fakePayload = () => {
  const lines: string[] = []
  const log = (entry: unknown) => {
    lines.push(JSON.stringify(entry))
  }
  const logger = { debug: log, error: log, fatal: log, info: log, trace: log, warn: vi.fn(log) }
  return { lines, logger, payload: { logger } as unknown as Payload }
}

const RESET_LINK = 'https://crossroads.example/admin/reset/0123456789abcdef0123456789abcdef01234567'

afterEach(() => {
  vi.unstubAllEnvs()
  process.env = { ...env }
})

describe('the log email adapter', () => {
  it('should never log a message body in production mode', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    const { lines, payload } = fakePayload()
    loggedEmails.length = 0
    await logEmailAdapter({ payload }).sendEmail({
      html: `<a href="${RESET_LINK}">${RESET_LINK}</a>`,
      subject: 'Reset your password',
      text: `Open ${RESET_LINK} to choose a new password.`,
      to: 'editor@crossroads.example',
    })
    expect(lines.join('\n')).not.toContain('0123456789abcdef')
    expect(lines.join('\n')).toContain('not sent')
    expect(loggedEmails).toHaveLength(0)
  })

  it('should log the whole message in development, where the log is the mailbox', async () => {
    vi.stubEnv('NODE_ENV', 'development')
    const { lines, payload } = fakePayload()
    await logEmailAdapter({ payload }).sendEmail({
      html: `<p>Open <a href="${RESET_LINK}">${RESET_LINK}</a></p>`,
      subject: 'Reset your password',
      to: 'editor@crossroads.example',
    })
    expect(lines.join('\n')).toContain(RESET_LINK)
  })
})

describe('mail settings', () => {
  it('should read SMTP_URL, or SMTP_HOST and its companions, and refuse anything else', () => {
    expect(smtpSettings({ MAIL_FROM: 'News <news@x.example>', SMTP_URL: 'smtps://u:p@mail.x.example:465' })).toEqual({
      connection: 'smtps://u:p@mail.x.example:465',
      from: 'News <news@x.example>',
    })
    expect(smtpSettings({ SMTP_HOST: 'mail.x.example', SMTP_PASSWORD: 'p', SMTP_USER: 'u' })?.connection).toEqual({
      auth: { pass: 'p', user: 'u' },
      host: 'mail.x.example',
      port: 587,
      secure: false,
    })
    expect(smtpSettings({})).toBeNull()
    expect(() => smtpSettings({ SMTP_URL: 'mail.x.example' })).toThrow(/smtp:\/\//)
  })

  it('should turn reset mail off in production without a mail server or a public address', () => {
    expect(accountMailStatus({ NODE_ENV: 'development' }).isOn).toBe(true)
    expect(accountMailStatus({ NODE_ENV: 'production', SITE_URL: 'https://x.example' })).toMatchObject({
      isOn: false,
      reason: expect.stringContaining('SMTP_URL'),
    })
    expect(accountMailStatus({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.x.example' })).toMatchObject({
      isOn: false,
      reason: expect.stringContaining('SITE_URL'),
    })
    expect(
      accountMailStatus({ NODE_ENV: 'production', SITE_URL: 'https://x.example', SMTP_URL: 'smtp://mail.x.example' }),
    ).toEqual({ isOn: true })
  })
})

describe('start-up', () => {
  it('should warn once that reset mail is off on a production server without a mail server', () => {
    vi.stubEnv('NODE_ENV', 'production')
    Object.assign(process.env, { PAYLOAD_SECRET: 'a-secret', SITE_URL: 'https://x.example' })
    delete process.env.SMTP_URL
    delete process.env.SMTP_HOST
    const { logger, payload } = fakePayload()
    checkStartUpSettings(payload)
    expect(logger.warn).toHaveBeenCalledTimes(1)
    expect(JSON.stringify(logger.warn.mock.calls[0])).toContain('Password-reset mail is off')

    process.env.SMTP_URL = 'smtp://mail.x.example'
    logger.warn.mockClear()
    checkStartUpSettings(payload)
    expect(logger.warn).not.toHaveBeenCalled()
  })
})
