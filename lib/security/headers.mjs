// @ts-check
/**
 * The security headers of every response, in one place: `next.config.js` sends the static ones
 * (and, under `next dev`, a relaxed policy), `server/index.mjs` sends the Content-Security-Policy of
 * `npm start` (lib/security/responsePolicy.mjs). Plain JavaScript because both load it before any
 * bundler runs.
 */

/** Sent with every response, whatever its type, but an embed's (see `securityHeadersFor`). */
export const STATIC_SECURITY_HEADERS = Object.freeze({
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-content-type-options': 'nosniff',
  // For browsers without CSP `frame-ancestors`; nothing of the site but `/embed/` is meant to be
  // framed (the admin has no live preview).
  'x-frame-options': 'DENY',
})

/**
 * Whether a request's path is an embed (`/embed/…`), the one part of the site other sites may put
 * in a frame. The path is normalised first, so `/embed/%2e%2e/countries/x` is not one.
 * @param {string | undefined} url a request's URL or path
 * @returns {boolean}
 */
export const isFramablePath = (url) => {
  const { pathname } = new URL(url || '/', 'http://localhost')
  return pathname === '/embed' || pathname.startsWith('/embed/')
}

/**
 * The static headers of a response to this path: an embed goes without X-Frame-Options, whose only
 * values refuse framing by other sites; its policy's `frame-ancestors *` allows it instead.
 * @param {string | undefined} url
 * @returns {Record<string, string>}
 */
export const securityHeadersFor = (url) => {
  if (!isFramablePath(url)) {
    return STATIC_SECURITY_HEADERS
  }
  const { 'x-frame-options': _refused, ...framable } = STATIC_SECURITY_HEADERS
  return framable
}

/**
 * Content-Security-Policy of an HTML page: scripts only from this origin, and inline scripts only
 * those whose SHA-256 is listed (the ones Next.js wrote, see lib/security/inlineScripts.mjs).
 * Inline styles stay allowed: React and Payload set `style` attributes.
 * An embed may be framed by any site; every other page by none.
 * @param {{ isFramable?: boolean; scriptHashes: readonly string[] }} options base64 SHA-256 digests
 * @returns {string}
 */
export const documentPolicy = ({ isFramable = false, scriptHashes }) =>
  [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((hash) => `'sha256-${hash}'`)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    isFramable ? 'frame-ancestors *' : "frame-ancestors 'none'",
  ].join('; ')

/**
 * Content-Security-Policy of everything that is not an HTML page (API answers, feeds, downloads,
 * uploaded files, scripts and styles): opened on its own in a browser, such a response may load
 * and run nothing (an uploaded SVG with a script in it stays inert).
 */
export const NON_DOCUMENT_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/**
 * What `next dev` sends instead: React's development build evaluates code and Next.js's dev server
 * injects inline scripts without a nonce, so inline scripts and eval are allowed there.
 */
/** @param {{ isFramable?: boolean }} options */
const developmentPolicy = ({ isFramable = false }) =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' ws: wss:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    isFramable ? 'frame-ancestors *' : "frame-ancestors 'none'",
  ].join('; ')

export const DEVELOPMENT_POLICY = developmentPolicy({ isFramable: false })

/**
 * Next.js's `headers()` entries: the static headers everywhere, X-Frame-Options everywhere but
 * `/embed/`, plus the relaxed policy under `next dev` (a production build gets its policy from
 * `server/index.mjs`).
 * @param {{ isDevelopment: boolean }} options
 */
export const nextConfigHeaders = ({ isDevelopment }) => {
  const { 'x-frame-options': frameOptions, ...everywhere } = STATIC_SECURITY_HEADERS
  const entries = Object.entries(everywhere).map(([key, value]) => ({ key, value }))
  return [
    {
      headers: [
        ...entries,
        ...(isDevelopment ? [{ key: 'content-security-policy', value: developmentPolicy({ isFramable: false }) }] : []),
      ],
      source: '/:path((?!embed(?:/|$)).*)',
    },
    { headers: [{ key: 'x-frame-options', value: frameOptions }], source: '/:path((?!embed(?:/|$)).*)' },
    {
      headers: [
        ...entries,
        ...(isDevelopment ? [{ key: 'content-security-policy', value: developmentPolicy({ isFramable: true }) }] : []),
      ],
      source: '/embed/:path*',
    },
  ]
}
