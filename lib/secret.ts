import type { Payload } from 'payload'

import { accountMailStatus } from '@/lib/email/settings'
import { publicOrigin } from '@/lib/siteUrl'
import { DEVELOPMENT_SECRET, readSetting } from '@/server/settings.mjs'

/**
 * What Payload and next-auth sign sessions with: PAYLOAD_SECRET, or the public development value.
 * `next build` reads the config without a secret; a production server without one is stopped as it
 * starts (`requireSecretInProduction`, and `server/index.mjs` before that).
 */
export const payloadSecret = (): string => process.env.PAYLOAD_SECRET || DEVELOPMENT_SECRET

const hasSecret = (): boolean => {
  try {
    readSetting('PAYLOAD_SECRET')
    return true
  } catch {
    // The one way it fails: unset in production.
    return false
  }
}

/**
 * Sessions are signed with PAYLOAD_SECRET. The development fallback is public, so a production
 * server without its own secret refuses to start rather than accept forgeable tokens.
 */
export const requireSecretInProduction = (payload: Payload): void => {
  if (!hasSecret()) {
    payload.logger.error({ msg: 'PAYLOAD_SECRET is not set.' })
    throw new Error('PAYLOAD_SECRET must be set in production (any long random string, e.g. `openssl rand -hex 32`).')
  }
}

/**
 * Runs as Payload starts: refuses a production server without its own secret, and says once what
 * a production server without `SITE_URL` or a mail server cannot do.
 */
export const checkStartUpSettings = (payload: Payload): void => {
  requireSecretInProduction(payload)
  if (process.env.NODE_ENV !== 'production') {
    return
  }
  if (!publicOrigin()) {
    payload.logger.warn({
      msg: "SITE_URL is not set: canonical links name localhost, and Payload's check that cookie-authenticated requests come from the site's own pages (csrf) is off. Set SITE_URL to the public address, e.g. https://crossroads.example.",
    })
  }
  const mail = accountMailStatus()
  if (!mail.isOn) {
    payload.logger.warn({
      msg: `Password-reset mail is off: ${mail.reason}. "Forgot password" says so, and an administrator sets new passwords. Set SMTP_URL (or SMTP_HOST) and MAIL_FROM to turn it on.`,
    })
  }
}
