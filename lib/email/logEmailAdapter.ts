import type { EmailAdapter, SendEmailOptions } from 'payload'

import { readSetting } from '@/server/settings.mjs'

import { mailboxOf, recipientsOf, textOf } from './message'

const KEPT_MESSAGES = 50

export type LoggedEmail = { subject: string; text: string; to: string[] }

/** The latest messages this process "sent", newest last (for tests and the dev console). */
export const loggedEmails: LoggedEmail[] = []

/**
 * Payload email adapter that delivers nothing: in development and tests it writes each message to
 * the log and keeps the latest few in memory. In production mode (no mail server configured) it
 * logs only that a message was not sent, never its body: a password-reset or confirmation link in
 * a log is a key to the account for anyone who can read the logs.
 */
export const logEmailAdapter: EmailAdapter = ({ payload }) => {
  const sender = mailboxOf(readSetting('MAIL_FROM'))
  return {
    name: 'log',
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    sendEmail: async (message: SendEmailOptions) => {
      const email = { subject: String(message.subject ?? ''), text: textOf(message), to: recipientsOf(message.to) }
      if (process.env.NODE_ENV === 'production') {
        payload.logger.warn({
          msg: `Email "${email.subject}" to ${email.to.length} recipient(s) not sent: no mail server is configured (SMTP_URL or SMTP_HOST).`,
        })
        return
      }
      loggedEmails.push(email)
      loggedEmails.splice(0, Math.max(0, loggedEmails.length - KEPT_MESSAGES))
      payload.logger.info({ msg: `Email to ${email.to.join(', ')}: ${email.subject}\n${email.text}` })
    },
  }
}
