import { publicOrigin } from '@/lib/siteUrl'

type Env = Record<string, string | undefined>

export const DEFAULT_MAIL_FROM = 'Crossroads <newsroom@crossroads.example>'

/** How mail leaves this server: an SMTP server, or (development and tests only) the log. */
export type SmtpSettings = {
  /** An `smtp://` or `smtps://` URL, or the host settings nodemailer takes. */
  connection: string | { auth?: { pass: string; user: string }; host: string; port: number; secure: boolean }
  from: string
}

const isTrue = (value: string | undefined) => /^(1|true|yes)$/i.test(value?.trim() ?? '')

/**
 * SMTP settings from `SMTP_URL` (e.g. `smtps://user:password@smtp.example.org:465`), or from
 * `SMTP_HOST`, `SMTP_PORT` (587), `SMTP_SECURE` (TLS from the start, as on port 465), `SMTP_USER` and
 * `SMTP_PASSWORD`; `null` when neither is set. `MAIL_FROM` is the sender.
 */
export const smtpSettings = (env: Env = process.env): null | SmtpSettings => {
  const from = env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM
  const url = env.SMTP_URL?.trim()
  if (url) {
    if (!/^smtps?:\/\//i.test(url)) {
      throw new Error('SMTP_URL must start with smtp:// or smtps:// (e.g. smtps://user:password@smtp.example.org:465).')
    }
    return { connection: url, from }
  }
  const host = env.SMTP_HOST?.trim()
  if (!host) {
    return null
  }
  const port = Number(env.SMTP_PORT?.trim() || (isTrue(env.SMTP_SECURE) ? 465 : 587))
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`SMTP_PORT=${env.SMTP_PORT} is not a port number.`)
  }
  const user = env.SMTP_USER?.trim()
  return {
    connection: {
      auth: user ? { pass: env.SMTP_PASSWORD ?? '', user } : undefined,
      host,
      port,
      secure: env.SMTP_SECURE ? isTrue(env.SMTP_SECURE) : port === 465,
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
