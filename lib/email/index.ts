import type { EmailAdapter } from 'payload'

import { logEmailAdapter } from './logEmailAdapter'
import { smtpSettings } from './settings'
import { smtpEmailAdapter } from './smtpEmailAdapter'

/**
 * The email adapter for this server: SMTP when `SMTP_URL` or `SMTP_HOST` is set, otherwise the log
 * (development and tests), which in production mode records only that a message was not sent.
 */
export const emailAdapterFromEnv = (): EmailAdapter => {
  const settings = smtpSettings()
  return settings ? smtpEmailAdapter(settings) : logEmailAdapter
}
