/**
 * Whether a request carrying a session cookie may act with it: a browser request from another
 * site is refused (CSRF). Same rule as Payload's own cookie check: an `Origin` must be one we
 * serve from; without one, `Sec-Fetch-Site` must not say cross-site.
 */
export const isSameOriginRequest = (headers: Headers, allowedOrigins: readonly string[]): boolean => {
  const origin = headers.get('origin')
  if (origin) {
    return allowedOrigins.includes(origin)
  }
  return headers.get('sec-fetch-site') !== 'cross-site'
}
