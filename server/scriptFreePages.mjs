// @ts-check
/**
 * Reader pages without Next.js's client runtime, for readers who are not signed in (issue #17).
 *
 * Every reader page is rendered on the server and works as plain HTML: links, GET forms, `<details>`,
 * server-drawn charts, downloads. React and the App Router still cost about 116 kB of brotli
 * JavaScript a page, which only signed-in readers need (their account menu, follow and save
 * buttons). So a page for a request that carries no session cookie goes out without Next.js's
 * scripts and its inline React payload, with one small first-party script instead
 * (`public/reader.js`). `<html data-scripts="none">` lets the stylesheet show the sign-in links
 * that the client components would otherwise render once they know the visitor is signed out.
 *
 * It sits in front of the shared page cache (`server/index.mjs`): the cache keeps one page for
 * everybody and each answer is made script-free on its way out, remembered per cached page.
 */
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { text } from 'node:stream/consumers'

import { RewritingStream } from 'parse5-html-rewriting-stream'

import { decodeBody, encodeBody } from '../lib/http/contentCoding.mjs'
import { holdResponseWhen } from '../lib/http/heldResponse.mjs'

export const READER_SCRIPT_PATH = '/reader.js'

/** Where readers read: the pages a signed-out visitor gets without the client runtime. */
const READER_PAGE = /^\/(?:$|[?#]|(?:articles|authors|compare|countries|embed|figures|indicators|search)(?:[/?#]|$))/
/** next-auth's session cookie (chunked when large) or Payload's own: the visitor may be signed in. */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?(?:next-auth\.session-token(?:\.\d+)?|payload-token)=/
const HTML = /^\s*text\/html\b/i
/** A page, or the page saying there is no such country, article or indicator. */
const SCRIPT_FREE_STATUSES = new Set([200, 404])
/** `<script>` types a browser does not run: structured data stays. */
const DATA_SCRIPT_TYPE = /^\s*application\/(?:ld\+)?json\s*$/i

/** @param {import('node:http').IncomingMessage} request */
const isReaderPageRequest = (request) => READER_PAGE.test(request.url ?? '')

/** A reader page asked for without a session: the visitor is signed out. @param {import('node:http').IncomingMessage} request */
const isSignedOutRead = (request) =>
  (request.method === 'GET' || request.method === 'HEAD') && !SESSION_COOKIE.test(String(request.headers.cookie ?? ''))

/**
 * @param {{ attrs: { name: string; value: string }[] }} tag
 * @param {string} name
 */
const attributeOf = (tag, name) => tag.attrs.find((attribute) => attribute.name === name)?.value

/**
 * The page without its scripts, or null when it cannot do without them: React streams a late
 * Suspense boundary as hidden HTML that only a script moves into place, and Next.js's error
 * document has an empty body.
 * @param {string} html
 * @returns {Promise<string | null>}
 */
export const toScriptFreePage = async (html) => {
  const rewriter = new RewritingStream()
  let isInsideScript = false
  let needsScripts = false

  rewriter.on('startTag', (tag, raw) => {
    const { tagName } = tag
    if (tagName === 'script') {
      const type = attributeOf(tag, 'type')
      if (type === undefined || !DATA_SCRIPT_TYPE.test(type)) {
        isInsideScript = true
        return
      }
    } else if (tagName === 'link') {
      const relations = (attributeOf(tag, 'rel') ?? '').toLowerCase().split(/\s+/)
      const isScriptPreload =
        relations.includes('modulepreload') || (relations.includes('preload') && attributeOf(tag, 'as') === 'script')
      if (isScriptPreload) {
        return
      }
    } else if (tagName === 'html') {
      // Next.js's error document (a `notFound()` on a page rendered on request): an empty body that
      // the client fills in from the React payload.
      if (attributeOf(tag, 'id') === '__next_error__') {
        needsScripts = true
      }
      tag.attrs.push({ name: 'data-scripts', value: 'none' })
      rewriter.emitStartTag(tag)
      return
    } else if (tagName === 'template' && /^B:/.test(attributeOf(tag, 'id') ?? '')) {
      needsScripts = true
    } else if (
      tagName === 'div' &&
      attributeOf(tag, 'hidden') !== undefined &&
      /^S:/.test(attributeOf(tag, 'id') ?? '')
    ) {
      needsScripts = true
    }
    rewriter.emitRaw(raw)
  })
  rewriter.on('endTag', (tag, raw) => {
    if (tag.tagName === 'script' && isInsideScript) {
      isInsideScript = false
      return
    }
    if (tag.tagName === 'head') {
      rewriter.emitRaw(`<script src="${READER_SCRIPT_PATH}" defer></script>`)
    }
    rewriter.emitRaw(raw)
  })
  rewriter.on('text', (_, raw) => {
    if (!isInsideScript) {
      rewriter.emitRaw(raw)
    }
  })

  const rewritten = await text(Readable.from([html]).pipe(rewriter))
  return needsScripts ? null : rewritten
}

/** @param {Buffer} body */
const strongEtagOf = (body) => `"sf-${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

/**
 * The script-free body of each page body the shared cache answers with (the same Buffer each hit),
 * so a cached page is rewritten once.
 * @type {WeakMap<Buffer, { body: Buffer; etag: string } | null>}
 */
const rewrittenBodies = new WeakMap()

/**
 * @param {Buffer} body as sent, compressed with `coding`
 * @param {string} coding
 * @returns {Promise<{ body: Buffer; etag: string } | null>}
 */
const scriptFreeBodyOf = async (body, coding) => {
  if (rewrittenBodies.has(body)) {
    return rewrittenBodies.get(body) ?? null
  }
  const page = await toScriptFreePage(decodeBody(body, coding).toString('utf8'))
  const rewritten = page === null ? null : encodeBody(Buffer.from(page, 'utf8'), coding)
  const result = rewritten && { body: rewritten, etag: strongEtagOf(rewritten) }
  rewrittenBodies.set(body, result)
  return result
}

/** @param {import('node:http').OutgoingHttpHeader | undefined} vary */
const varyWithCookie = (vary) => {
  const names = String(vary ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  return names.some((name) => name.toLowerCase() === 'cookie' || name === '*')
    ? names.join(', ')
    : [...names, 'Cookie'].join(', ')
}

/**
 * Sends reader pages script-free to visitors without a session (see the top of this file). Every
 * reader page varies on Cookie for caches further out, whichever version it is.
 * @param {{ onError: (error: unknown) => void }} options
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {() => unknown} next
 */
export const handleWithScriptFreePages = ({ onError }, request, response, next) => {
  if (!isReaderPageRequest(request)) {
    return next()
  }
  const isScriptFree = isSignedOutRead(request)
  // The script-free page has validators of its own; the ones given to the page with scripts never
  // match it, so a conditional request is answered here, after the page is rewritten.
  const ifNoneMatch = isScriptFree ? request.headers['if-none-match'] : undefined
  if (isScriptFree) {
    delete request.headers['if-none-match']
  }

  holdResponseWhen(response, {
    shouldHold: (status) => {
      response.setHeader('vary', varyWithCookie(response.getHeader('vary')))
      return (
        isScriptFree &&
        request.method !== 'HEAD' &&
        SCRIPT_FREE_STATUSES.has(status) &&
        HTML.test(String(response.getHeader('content-type') ?? ''))
      )
    },
    release: ({ body, reason, status }, send, callback) => {
      void sendScriptFree({ body, callback, ifNoneMatch, onError, reason, response, send, status })
    },
  })
  return next()
}

/**
 * @param {{
 *   body: Buffer
 *   callback: (() => void) | undefined
 *   ifNoneMatch: string | undefined
 *   onError: (error: unknown) => void
 *   reason: string | undefined
 *   response: import('node:http').ServerResponse
 *   send: import('../lib/http/heldResponse.mjs').ResponseSender
 *   status: number
 * }} page
 */
const sendScriptFree = async ({ body, callback, ifNoneMatch, onError, reason, response, send, status }) => {
  const coding = String(response.getHeader('content-encoding') ?? 'identity')
  /** @type {{ body: Buffer; etag: string } | null} */
  let scriptFree = null
  try {
    scriptFree = await scriptFreeBodyOf(body, coding)
  } catch (error) {
    // The page still goes out, with its scripts: complete, only heavier.
    onError(error)
  }
  if (!scriptFree) {
    send.writeHead(status, reason)
    send.end(body, callback)
    return
  }
  response.setHeader('etag', scriptFree.etag)
  const etag = scriptFree.etag
  if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    for (const name of ['content-length', 'content-type', 'content-encoding']) {
      response.removeHeader(name)
    }
    send.writeHead(304)
    send.end(undefined, callback)
    return
  }
  response.setHeader('content-length', scriptFree.body.length)
  send.writeHead(status, reason)
  send.end(scriptFree.body, callback)
}
