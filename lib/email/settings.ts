import { publicOrigin } from '@/lib/siteUrl'
import { DEFAULT_MAIL_FROM, readSetting } from '@/server/settings.mjs'

type Env = Record<string, string | undefined>

export { DEFAULT_MAIL_FROM }

/** How mail leaves this server: an SMTP server, or (development and tests only) the log. */
export type SmtpSettings = {
  /** An `smtp://` or `smtps://` URL, or the host settings nodemailer takes. */
  connection: string | { auth?: { pass: string; user: string }; host: string; port: number; secure: boolean }
  from: string
}

/**
 * SMTP settings from `SMTP_URL` (e.g. `smtps://user:password@smtp.example.org:465`), or from
 * `SMTP_HOST`, `SMTP_PORT` (587), `SMTP_SECURE` (TLS from the start, as on port 465), `SMTP_USER` and
 * `SMTP_PASSWORD`; `null` when neither is set. `MAIL_FROM` is the sender.
 */
export const smtpSettings = (env: Env = process.env): null | SmtpSettings => {
  const from = readSetting('MAIL_FROM', env)
  const url = readSetting('SMTP_URL', env)
  if (url) {
    return { connection: url, from }
  }
  const host = readSetting('SMTP_HOST', env)
  if (!host) {
    return null
  }
  const secure = readSetting('SMTP_SECURE', env)
  const port = readSetting('SMTP_PORT', env) ?? (secure ? 465 : 587)
  const user = readSetting('SMTP_USER', env)
  return {
    connection: {
      auth: user ? { pass: env.SMTP_PASSWORD ?? '', user } : undefined,
      host,
      port,
      secure: secure ?? port === 465,
    },
    from,
  }
}

export type AccountMailStatus = { isOn: true } | { isOn: false; reason: string }

/**
 * Whether mail carrying a secret link (password reset, email-address confirmation) can be sent.
 * Development and tests use the log; a production server needs an SMTP server and its public
 * address (`SITE_URL`), or such links would be printed to the log or point at the wrong host.
 */
export const accountMailStatus = (env: Env = process.env): AccountMailStatus => {
  if (env.NODE_ENV !== 'production') {
    return { isOn: true }
  }
  if (!env.SMTP_URL?.trim() && !env.SMTP_HOST?.trim()) {
    return { isOn: false, reason: 'no mail server is configured (SMTP_URL or SMTP_HOST)' }
  }
  if (!publicOrigin(env)) {
    return { isOn: false, reason: 'SITE_URL is not set, so links in mail would have no address to point to' }
  }
  return { isOn: true }
}
