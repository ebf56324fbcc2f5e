/** A base no request can name, so that a value resolving to any other origin is plainly foreign. */
const SENTINEL_ORIGIN = 'http://callback.invalid'
/** C0 controls, space, DEL: a browser strips or rewrites them (a tab inside `/\t/host` vanishes). */
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/
/** Percent-encoded tab, line feed, carriage return, slash or backslash (also double-encoded) at the start. */
const ENCODED_SEPARATOR_PREFIX = /^\/%(?:25)*(?:09|0a|0d|2f|5c)/i

/**
 * A post-sign-in destination on this site only, as a normalised path (`/path?query#hash`), or the
 * fallback. The value is resolved the way a browser resolves it (`new URL`), so `//host`, `/\host`,
 * `/\t/host`, `https:host`, `javascript:` and the like are refused whatever form they take, and the
 * path handed back is already in the form the browser will use: it cannot turn into another site.
 */
export const safeCallbackPath = (value: unknown, fallback = '/my'): string => {
  if (typeof value !== 'string' || !value.startsWith('/') || CONTROL_OR_SPACE.test(value)) {
    return fallback
  }
  if (value.includes('\\') || ENCODED_SEPARATOR_PREFIX.test(value)) {
    return fallback
  }
  let url: URL
  try {
    url = new URL(value, SENTINEL_ORIGIN)
  } catch {
    return fallback
  }
  const path = `${url.pathname}${url.search}${url.hash}`
  if (url.origin !== SENTINEL_ORIGIN || !path.startsWith('/') || path.startsWith('//')) {
    return fallback
  }
  return path
}

/**
 * next-auth's `redirect` callback: where to go after signing in or out. Only this site, given as a
 * path or as an absolute URL on `baseUrl`'s origin; anything else goes to the home page.
 */
export const redirectWithinSite = ({ baseUrl, url }: { baseUrl: string; url: string }): string => {
  const origin = new URL(baseUrl).origin
  if (url.startsWith('/')) {
    return `${origin}${safeCallbackPath(url, '/')}`
  }
  let absolute: URL
  try {
    absolute = new URL(url)
  } catch {
    return baseUrl
  }
  if (absolute.origin !== origin) {
    return baseUrl
  }
  return `${origin}${safeCallbackPath(`${absolute.pathname}${absolute.search}${absolute.hash}`, '/')}`
}
