// @ts-check

/**
 * @param {import('node:http').ServerResponse} response
 * @param {unknown[]} args the arguments of a `writeHead` call after the status
 */
const applyGivenHeaders = (response, args) => {
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
 * @typedef {{ body: Buffer; reason: string | undefined; status: number }} HeldResponse
 * @typedef {{
 *   end: (body?: Buffer, callback?: () => void) => void
 *   writeHead: (status: number, reason?: string) => void
 * }} ResponseSender sends for real, past the hold
 */

/**
 * Lets a handler look at a response when its head is written and, if it chooses, hold the whole body
 * until the response ends, to change it and its headers before anything goes out. Every way Node
 * writes a head goes through `writeHead` (an implicit head on write, end or flushHeaders too), so
 * `shouldHold` is asked exactly once, with the headers given to `writeHead` already set on the
 * response. A held write's callback is called at once: the body is copied.
 * @param {import('node:http').ServerResponse} response
 * @param {{
 *   shouldHold: (status: number) => boolean
 *   release: (held: HeldResponse, send: ResponseSender, callback: (() => void) | undefined) => void
 * }} handlers
 */
export const holdResponseWhen = (response, { release, shouldHold }) => {
  const originalWriteHead = response.writeHead
  const originalWrite = response.write
  const originalEnd = response.end
  const originalFlushHeaders = response.flushHeaders
  let isDecided = false
  /** @type {null | { chunks: Buffer[]; reason: string | undefined; status: number }} */
  let held = null

  /** @type {ResponseSender} */
  const send = {
    end: (body, callback) => {
      originalEnd.apply(response, /** @type {any} */ ([body, callback].filter((arg) => arg !== undefined)))
    },
    writeHead: (status, reason) => {
      originalWriteHead.apply(response, /** @type {any} */ (reason === undefined ? [status] : [status, reason]))
    },
  }

  /** @param {unknown} chunk @param {unknown} encoding @param {boolean} isLast */
  const hold = (chunk, encoding, isLast) => {
    if (!held || chunk === undefined || chunk === null || typeof chunk === 'function') {
      return
    }
    held.chunks.push(
      // The last chunk is kept as given, so a caller can recognise a body it sent before.
      isLast && Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : Buffer.from(
              String(chunk),
              typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8',
            ),
    )
  }

  /** @type {any} */
  const patched = response
  patched.writeHead = function writeHeadOrHold(/** @type {any[]} */ ...args) {
    if (isDecided) {
      return held ? response : originalWriteHead.apply(response, /** @type {any} */ (args))
    }
    isDecided = true
    const [status, ...rest] = args
    applyGivenHeaders(response, rest)
    const reason = rest.find((arg) => typeof arg === 'string')
    if (!shouldHold(Number(status))) {
      send.writeHead(Number(status), reason)
      return response
    }
    held = { chunks: [], reason, status: Number(status) }
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
    hold(args[0], args[1], false)
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
    hold(args[0], args[1], true)
    const page = held
    held = null
    const body = page.chunks.length === 1 ? page.chunks[0] : Buffer.concat(page.chunks)
    release(
      { body, reason: page.reason, status: page.status },
      send,
      args.find((arg) => typeof arg === 'function'),
    )
    return response
  }
}
