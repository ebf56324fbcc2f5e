import type { EmailAdapter, SendEmailOptions } from 'payload'

import nodemailer from 'nodemailer'

import type { SmtpSettings } from './settings'

import { mailboxOf, recipientsOf } from './message'

/**
 * Payload email adapter that delivers through an SMTP server with nodemailer. A message is handed
 * over in the background: the request that sends it (a password reset, a submission for review)
 * neither waits for a slow mail server nor answers differently when it fails, which would tell an
 * address that has an account from one that has none. Failures are logged without the message.
 */
export const smtpEmailAdapter =
  (settings: SmtpSettings): EmailAdapter =>
  ({ payload }) => {
    const sender = mailboxOf(settings.from)
    const transport = nodemailer.createTransport({
      ...(typeof settings.connection === 'string' ? { url: settings.connection } : settings.connection),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      logger: false,
      socketTimeout: 30_000,
    })
    return {
      name: 'smtp',
      defaultFromAddress: sender.address,
      defaultFromName: sender.name,
      sendEmail: async (message: SendEmailOptions) => {
        const subject = String(message.subject ?? '')
        const recipients = recipientsOf(message.to).length
        transport.sendMail({ ...message, from: message.from ?? settings.from }).catch((error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error)
          payload.logger.error({ msg: `Email "${subject}" to ${recipients} recipient(s) could not be sent: ${reason}` })
        })
      },
    }
  }
