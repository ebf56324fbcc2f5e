import { parseWebAddress, readSetting } from '@/server/settings.mjs'

/**
 * The public address of the reader site, for canonical links, Open Graph, RSS and the sitemap.
 * `SITE_URL` in production; the local server's address otherwise.
 */
export const siteUrl = (): URL => {
  const configured = readSetting('SITE_URL')
  return configured ? new URL(configured) : new URL(`http://localhost:${readSetting('PORT')}`)
}

/** An absolute URL on the reader site for a path such as `/articles/slug`. */
export const absoluteUrl = (path: string): string => new URL(path, siteUrl()).toString()

type Env = Record<string, string | undefined>

/** The origin of an address setting; `null` when unset, or wrong (the production server refuses to start then). */
const originOf = (value: string | undefined): null | string => {
  if (!value?.trim()) {
    return null
  }
  try {
    return parseWebAddress(value.trim()).origin
  } catch {
    return null
  }
}

/**
 * The origin the site is published at, from `SITE_URL`, or `null` when none is configured. Only a
 * configured address counts: Payload's `serverURL` and CSRF list are built from it, and a guessed
 * one (`localhost`) would refuse the cookie of everyone reaching the server by another name.
 */
export const publicOrigin = (env: Env = process.env): null | string => originOf(env.SITE_URL)

/**
 * Origins whose pages may use the session cookies (Payload's `csrf` list): the public address and
 * next-auth's `NEXTAUTH_URL` when it names another origin. Empty without a public address.
 */
export const trustedOrigins = (env: Env = process.env): string[] => {
  const site = publicOrigin(env)
  if (!site) {
    return []
  }
  const nextAuth = originOf(env.NEXTAUTH_URL)
  return nextAuth && nextAuth !== site ? [site, nextAuth] : [site]
}

/**
 * Whether the site is served over https: `SITE_URL` or `NEXTAUTH_URL` starts with `https://`.
 * Cookies then carry `Secure`, with or without single sign-on.
 */
export const isServedOverHttps = (env: Env = process.env): boolean =>
  [env.SITE_URL, env.NEXTAUTH_URL].some((value) => originOf(value)?.startsWith('https://'))
