import { isServedOverHttps } from '@/lib/siteUrl'
import { payloadSecret } from '@/lib/secret'
import { readSetting } from '@/server/settings.mjs'

/**
 * Environment for sign-in. Read at request time (never baked into a static page) so one build can
 * be configured per deployment.
 */
export const authSecret = (): string => readSetting('NEXTAUTH_SECRET') || payloadSecret()

/** The public origin of the site, e.g. `https://crossroads.example`, from NEXTAUTH_URL. */
export const siteOrigin = (): null | string => {
  try {
    return readSetting('NEXTAUTH_URL')?.origin ?? null
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
  const issuer = readSetting('OIDC_ISSUER')
  const clientId = readSetting('OIDC_CLIENT_ID')
  const clientSecret = readSetting('OIDC_CLIENT_SECRET')
  if (!issuer || !clientId || !clientSecret) {
    return null
  }
  return {
    clientId,
    clientSecret,
    issuer,
    name: readSetting('OIDC_DISPLAY_NAME'),
    scope: readSetting('OIDC_SCOPE'),
  }
}
