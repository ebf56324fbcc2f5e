// @ts-check
/**
 * The security headers of every response, in one place: `next.config.js` sends the static ones
 * (and, under `next dev`, a relaxed policy), `server/index.mjs` sends the Content-Security-Policy of
 * `npm start` (lib/security/responsePolicy.mjs). Plain JavaScript because both load it before any
 * bundler runs.
 */

/** Sent with every response, whatever its type. */
export const STATIC_SECURITY_HEADERS = Object.freeze({
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-content-type-options': 'nosniff',
  // For browsers without CSP `frame-ancestors`; nothing of the site is meant to be framed (the admin
  // has no live preview).
  'x-frame-options': 'DENY',
})

/**
 * Content-Security-Policy of an HTML page: scripts only from this origin, and inline scripts only
 * those whose SHA-256 is listed (the ones Next.js wrote, see lib/security/inlineScripts.mjs).
 * Inline styles stay allowed: React and Payload set `style` attributes.
 * @param {{ scriptHashes: readonly string[] }} options base64 SHA-256 digests
 * @returns {string}
 */
export const documentPolicy = ({ scriptHashes }) =>
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
    "frame-ancestors 'none'",
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
export const DEVELOPMENT_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Next.js's `headers()` entries: the static headers everywhere, plus the relaxed policy under
 * `next dev` (a production build gets its policy from `server/index.mjs`).
 * @param {{ isDevelopment: boolean }} options
 */
export const nextConfigHeaders = ({ isDevelopment }) => [
  {
    headers: [
      ...Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      ...(isDevelopment ? [{ key: 'content-security-policy', value: DEVELOPMENT_POLICY }] : []),
    ],
    source: '/:path*',
  },
]
