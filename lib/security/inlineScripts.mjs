// @ts-check
import crypto from 'node:crypto'

/**
 * Which inline scripts of a page the Content-Security-Policy allows: exactly those Next.js wrote.
 * `server/index.mjs` gives every request a fresh nonce in the request header Next.js reads it from;
 * Next.js puts it on each script it renders, and nothing typed into the CMS can know it. The
 * inline scripts carrying the page's nonce are hashed and the policy lists the hashes, not the
 * nonce: a cached copy of the page keeps a header that fits it.
 *
 * A page Next.js serves from its own cache was rendered for an earlier request, under that
 * request's nonce. The page's nonce is then the one on Next.js's own script tags
 * (`<script src="/_next/static/…">`, written in the head before any content); a page whose
 * framework scripts disagree about it gets no inline script at all.
 */

const SCRIPT_OPEN = /<script\b([^>]*)>/gi
/** A script element ends at the first `</script` followed by space, `/` or `>`, as in a browser. */
const SCRIPT_CLOSE = /<\/script[\s/>]/gi
const NONCE_ATTRIBUTE = /\snonce="([^"]*)"/
const SRC_ATTRIBUTE = /\ssrc="([^"]*)"/
const FRAMEWORK_SCRIPT = /^\/_next\/static\//

/** @returns {string} 144 random bits, base64url (what Next.js accepts in a nonce) */
export const createNonce = () => crypto.randomBytes(18).toString('base64url')

/**
 * The request header from which Next.js reads the nonce to put on its scripts.
 * @param {string} nonce
 */
export const nonceRequestPolicy = (nonce) => `script-src 'nonce-${nonce}'`

/** @param {string} text */
const sha256 = (text) => crypto.createHash('sha256').update(text, 'utf8').digest('base64')

/**
 * Base64 SHA-256 digests of the inline scripts Next.js wrote into the page.
 * @param {string} html
 * @param {string} requestNonce the nonce this request gave Next.js
 * @returns {string[]}
 */
export const hashFrameworkInlineScripts = (html, requestNonce) => {
  /** @type {{ content: string; nonce: string | undefined }[]} */
  const inline = []
  /** @type {Set<string | undefined>} */
  const frameworkNonces = new Set()
  let position = 0
  for (;;) {
    SCRIPT_OPEN.lastIndex = position
    const open = SCRIPT_OPEN.exec(html)
    if (!open) {
      break
    }
    SCRIPT_CLOSE.lastIndex = SCRIPT_OPEN.lastIndex
    const close = SCRIPT_CLOSE.exec(html)
    if (!close) {
      break
    }
    const attributes = open[1] ?? ''
    const nonce = NONCE_ATTRIBUTE.exec(attributes)?.[1]
    const src = SRC_ATTRIBUTE.exec(attributes)?.[1]
    if (src === undefined) {
      inline.push({ content: html.slice(SCRIPT_OPEN.lastIndex, close.index), nonce })
    } else if (FRAMEWORK_SCRIPT.test(src)) {
      frameworkNonces.add(nonce)
    }
    position = close.index
  }
  const pageNonce = frameworkNonces.has(requestNonce)
    ? requestNonce
    : frameworkNonces.size === 1
      ? [...frameworkNonces][0]
      : undefined
  if (!pageNonce) {
    return []
  }
  // A browser hashes a script's text after its input stream normalised line breaks.
  const hashes = inline
    .filter((script) => script.nonce === pageNonce)
    .map((script) => sha256(script.content.replace(/\r\n?/g, '\n')))
  return [...new Set(hashes)]
}
