// @ts-check
import { decodeBody } from '../http/contentCoding.mjs'
import { documentPolicy, isFramablePath, NON_DOCUMENT_POLICY } from './headers.mjs'
import { createNonce, hashFrameworkInlineScripts, nonceRequestPolicy } from './inlineScripts.mjs'

const HTML = /^\s*text\/html\b/i

/**
 * @param {import('node:http').ServerResponse} response
 * @param {unknown[]} args the arguments of a `writeHead` call after the status
 */
export const applyGivenHeaders = (response, args) => {
  const given = args.find((arg) => arg && typeof arg === 'object')
  if (Array.isArray(given)) {
    for (let index = 0; index + 1 < given.length; index += 2) {
      response.setHeader(String(given[index]), given[index + 1])
    }
  } else if (given) {
    for (const [name, value] of Object.entries(given)) {
      if (value !== undefined) {
        response.setHeader(name, /** @type {number | string | string[]} */ (value))
      }
    }
  }
}

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

  const originalWriteHead = response.writeHead
  const originalWrite = response.write
  const originalEnd = response.end
  const originalFlushHeaders = response.flushHeaders
  let isDecided = false
  /** @type {null | { chunks: Buffer[]; reason: string | undefined; status: number }} */
  let held = null

  /** @param {unknown} chunk @param {unknown} encoding */
  const hold = (chunk, encoding) => {
    if (held && chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
      held.chunks.push(
        chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : Buffer.from(
              String(chunk),
              typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8',
            ),
      )
    }
  }

  /** @param {(() => void) | undefined} callback */
  const release = (callback) => {
    const page = /** @type {NonNullable<typeof held>} */ (held)
    held = null
    const body = Buffer.concat(page.chunks)
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
    originalWriteHead.apply(
      response,
      /** @type {any} */ (page.reason === undefined ? [page.status] : [page.status, page.reason]),
    )
    originalEnd.apply(response, /** @type {any} */ (callback ? [body, callback] : [body]))
  }

  /** @type {any} */
  const patched = response
  // Node's implicit headers (a write, end or flushHeaders without writeHead) go through `this.writeHead` too.
  patched.writeHead = function writeHeadWithPolicy(/** @type {any[]} */ ...args) {
    if (isDecided) {
      return held ? response : originalWriteHead.apply(response, /** @type {any} */ (args))
    }
    isDecided = true
    const [status, ...rest] = args
    if (Number(status) === 304) {
      // A 304 keeps no policy of its own: the browser would put it on its copy of the page. Next.js
      // answers a page's ETag with no Content-Type, so this comes before telling pages apart.
      response.removeHeader('content-security-policy')
      return originalWriteHead.apply(response, /** @type {any} */ (args))
    }
    const isPage =
      HTML.test(String(response.getHeader('content-type') ?? '')) ||
      rest.some(
        (arg) =>
          arg &&
          typeof arg === 'object' &&
          !Array.isArray(arg) &&
          HTML.test(String(arg['content-type'] ?? arg['Content-Type'] ?? '')),
      )
    if (!isPage) {
      response.setHeader('content-security-policy', NON_DOCUMENT_POLICY)
      return originalWriteHead.apply(response, /** @type {any} */ (args))
    }
    if (request.method === 'HEAD' || status === 204) {
      // Nothing to hash.
      response.setHeader('content-security-policy', documentPolicy({ isFramable, scriptHashes: [] }))
      return originalWriteHead.apply(response, /** @type {any} */ (args))
    }
    applyGivenHeaders(response, rest)
    held = { chunks: [], reason: typeof rest[0] === 'string' ? rest[0] : undefined, status: Number(status) }
    return response
  }
  patched.flushHeaders = function flushHeadersUnlessHeld() {
    if (!response.headersSent && !isDecided) {
      patched.writeHead(response.statusCode)
    }
    if (!held) {
      originalFlushHeaders.call(response)
    }
  }
  patched.write = function writeOrHold(/** @type {any[]} */ ...args) {
    if (!isDecided && !response.headersSent) {
      patched.writeHead(response.statusCode)
    }
    if (!held) {
      return originalWrite.apply(response, /** @type {any} */ (args))
    }
    hold(args[0], args[1])
    const callback = args.find((arg) => typeof arg === 'function')
    if (callback) {
      process.nextTick(callback)
    }
    return true
  }
  patched.end = function endOrRelease(/** @type {any[]} */ ...args) {
    if (!isDecided && !response.headersSent) {
      patched.writeHead(response.statusCode)
    }
    if (!held) {
      return originalEnd.apply(response, /** @type {any} */ (args))
    }
    hold(args[0], args[1])
    release(args.find((arg) => typeof arg === 'function'))
    return response
  }
  return next()
}
