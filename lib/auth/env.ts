import { isServedOverHttps } from '@/lib/siteUrl'

/**
 * Environment for sign-in. Read at request time (never baked into a static page) so one build can
 * be configured per deployment.
 */
export const authSecret = (): string =>
  process.env.NEXTAUTH_SECRET || process.env.PAYLOAD_SECRET || 'crossroads-development-secret-not-for-production'

/** The public origin of the site, e.g. `https://crossroads.example`, from NEXTAUTH_URL. */
export const siteOrigin = (): null | string => {
  try {
    return process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : null
  } catch {
    return null
  }
}

/**
 * Cookies get `Secure` (and next-auth's `__Secure-` prefix) whenever the public address (`SITE_URL`)
 * or next-auth's (`NEXTAUTH_URL`) is https, whether or not single sign-on is set up.
 */
export const usesSecureCookies = (): boolean => isServedOverHttps()

export type OidcSettings = { clientId: string; clientSecret: string; issuer: string; name: string; scope: string }

/** The OpenID Connect provider is offered only when issuer, client id and secret are all set. */
export const oidcSettings = (): null | OidcSettings => {
  const issuer = process.env.OIDC_ISSUER?.trim().replace(/\/$/, '')
  const clientId = process.env.OIDC_CLIENT_ID?.trim()
  const clientSecret = process.env.OIDC_CLIENT_SECRET?.trim()
  if (!issuer || !clientId || !clientSecret) {
    return null
  }
  return {
    clientId,
    clientSecret,
    issuer,
    name: process.env.OIDC_DISPLAY_NAME?.trim() || 'single sign-on',
    scope: process.env.OIDC_SCOPE?.trim() || 'openid email profile',
  }
}
