import type { EmailAdapter, SendEmailOptions } from 'payload'

const KEPT_MESSAGES = 50

export type LoggedEmail = { subject: string; text: string; to: string[] }

/** The latest messages this process "sent", newest last (for tests and the dev console). */
export const loggedEmails: LoggedEmail[] = []

const addresses = (to: SendEmailOptions['to']): string[] =>
  (Array.isArray(to) ? to : to ? [to] : []).map((entry) => (typeof entry === 'string' ? entry : entry.address))

/**
 * Payload email adapter that delivers nothing: it writes each message to the log and keeps the
 * latest few in memory. Used in development and tests; `@payloadcms/email-nodemailer` has no
 * 3.90.2 release on our registry, so a real transport is a deployment decision.
 */
export const logEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'log',
  defaultFromAddress: 'newsroom@crossroads.example',
  defaultFromName: 'Crossroads',
  sendEmail: async (message) => {
    const email = {
      subject: String(message.subject ?? ''),
      text: String(message.text ?? ''),
      to: addresses(message.to),
    }
    loggedEmails.push(email)
    loggedEmails.splice(0, Math.max(0, loggedEmails.length - KEPT_MESSAGES))
    payload.logger.info({ msg: `Email to ${email.to.join(', ')}: ${email.subject}\n${email.text}` })
  },
})
