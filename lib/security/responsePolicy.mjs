// @ts-check
import { decodeBody } from '../http/contentCoding.mjs'
import { holdResponseWhen } from '../http/heldResponse.mjs'
import { documentPolicy, isFramablePath, NON_DOCUMENT_POLICY } from './headers.mjs'
import { createNonce, hashFrameworkInlineScripts, nonceRequestPolicy } from './inlineScripts.mjs'

const HTML = /^\s*text\/html\b/i

/**
 * Sends every response with a Content-Security-Policy. The request gets a fresh nonce for Next.js
 * to put on its scripts (lib/security/inlineScripts.mjs). A page (`text/html`) is held until
 * Next.js has written all of it, its framework inline scripts are hashed into the policy, and it
 * goes on unchanged. Pages are therefore not streamed; and a page the shared page cache keeps
 * (`server/index.mjs` puts it in front) is stored with its header, so it is hashed once.
 * Anything else gets the non-document policy and passes straight through.
 * @param {{ onError: (error: unknown) => void }} options
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {() => unknown} next
 */
export const handleWithContentSecurityPolicy = ({ onError }, request, response, next) => {
  const nonce = createNonce()
  const isFramable = isFramablePath(request.url)
  // Whatever the client sent under these names is replaced: Next.js takes its nonce from here.
  request.headers['content-security-policy'] = nonceRequestPolicy(nonce)
  delete request.headers['content-security-policy-report-only']

  holdResponseWhen(response, {
    shouldHold: (status) => {
      if (status === 304) {
        // A 304 keeps no policy of its own: the browser would put it on its copy of the page. Next.js
        // answers a page's ETag with no Content-Type, so this comes before telling pages apart.
        response.removeHeader('content-security-policy')
        return false
      }
      if (!HTML.test(String(response.getHeader('content-type') ?? ''))) {
        response.setHeader('content-security-policy', NON_DOCUMENT_POLICY)
        return false
      }
      if (request.method === 'HEAD' || status === 204) {
        // Nothing to hash.
        response.setHeader('content-security-policy', documentPolicy({ isFramable, scriptHashes: [] }))
        return false
      }
      return true
    },
    release: ({ body, reason, status }, send, callback) => {
      /** @type {string[]} */
      let scriptHashes = []
      try {
        if (body.length > 0) {
          const coding = String(response.getHeader('content-encoding') ?? 'identity')
          scriptHashes = hashFrameworkInlineScripts(decodeBody(body, coding).toString('utf8'), nonce)
        }
      } catch (error) {
        // The page still goes out, with no inline script allowed: readable, but not interactive.
        onError(error)
      }
      response.setHeader('content-security-policy', documentPolicy({ isFramable, scriptHashes }))
      send.writeHead(status, reason)
      send.end(body, callback)
    },
  })
  return next()
}
