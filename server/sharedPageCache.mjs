// @ts-check
/**
 * A shared HTTP cache in front of Next.js, in the server's own process (`server/index.mjs`). It keeps
 * what a reverse proxy would keep: responses Next.js marks as shareable (`Cache-Control: s-maxage`),
 * keyed by URL and the request headers the response varies on, and answers repeats without
 * entering Next.js. Publishing purges it together with Next.js's page cache
 * (`lib/cache/revalidateReaderPages.ts`, through `server/productionServer.mjs`).
 *
 * Plain JavaScript because `server/index.mjs` runs it with Node alone, before any bundler.
 */

/** The response header that says how the shared cache answered: HIT, MISS (stored) or PASS (not storable). */
export const CACHE_STATUS_HEADER = 'x-crossroads-cache'

const SHARED_MAX_AGE = /(?:^|,)\s*s-maxage\s*=\s*"?(\d+)/i
const NOT_SHAREABLE = /(?:^|,)\s*(?:private|no-store|no-cache)\b/i
/**
 * Hop-by-hop or per-response headers that a stored response must not replay; Next.js's own cache
 * status described the first response only.
 */
const NOT_REPLAYED = new Set([
  'connection',
  'date',
  'keep-alive',
  'transfer-encoding',
  'x-nextjs-cache',
  CACHE_STATUS_HEADER,
])
/** Next.js's draft-mode cookie: such a request must reach Next.js, which renders drafts for it. */
const DRAFT_MODE_COOKIE = /(?:^|;\s*)__prerender_bypass=/

/**
 * @typedef {import('node:http').OutgoingHttpHeaders} StoredHeaders
 * @typedef {{ body: Buffer; etag: string | undefined; expiresAt: number; headers: StoredHeaders; status: number; storedAt: number }} Entry
 * @typedef {{ bytes: number; entries: number; hits: number; misses: number; purges: number }} CacheStats
 * @typedef {ReturnType<typeof createSharedPageCache>} SharedPageCache
 */

/**
 * @param {{ maxBytes?: number; maxEntryBytes?: number; maxTtlSeconds?: number; now?: () => number; settleMs?: number }} [options]
 *   `maxTtlSeconds` caps how long a page is kept whatever its `s-maxage`, which bounds staleness for
 *   changes the server is not told about (a database restored by a script). `settleMs`: nothing
 *   requested within this time after a purge is stored, because Next.js applies a revalidation
 *   only after the response of the request that asked for it; until then it still answers with the
 *   old page.
 */
export const createSharedPageCache = ({
  maxBytes = 64 * 2 ** 20,
  maxEntryBytes = Math.max(1, Math.floor(maxBytes / 8)),
  maxTtlSeconds = 300,
  now = Date.now,
  settleMs = 5_000,
} = {}) => {
  // NaN would pass every comparison below as false: pages kept for ever, or nothing ever evicted.
  for (const [name, value] of Object.entries({ maxBytes, maxEntryBytes, maxTtlSeconds })) {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`createSharedPageCache: ${name} must be a number from 0 up, not ${value}`)
    }
  }
  /** Entries in least-recently-used order (a Map keeps insertion order; a hit re-inserts). */
  /** @type {Map<string, Entry>} */
  const entries = new Map()
  /** The request headers each URL's response varies on, learnt from the response. */
  /** @type {Map<string, string[]>} */
  const varyByUrl = new Map()
  /** A response to a request made before this time is never stored (see `settleMs`). */
  let storableFrom = -Infinity
  /** @type {CacheStats} */
  const stats = { bytes: 0, entries: 0, hits: 0, misses: 0, purges: 0 }

  /** @param {string} url @param {string[]} vary @param {import('node:http').IncomingHttpHeaders} headers */
  const keyOf = (url, vary, headers) =>
    vary.length === 0 ? url : `${url}\n${vary.map((name) => String(headers[name] ?? '')).join('\n')}`

  /** @param {string} key */
  const remove = (key) => {
    const entry = entries.get(key)
    if (entry) {
      entries.delete(key)
      stats.bytes -= entry.body.length
      stats.entries = entries.size
    }
  }

  /** @param {import('node:http').IncomingMessage} request @returns {Entry | undefined} */
  const lookup = (request) => {
    const url = request.url ?? ''
    const vary = varyByUrl.get(url)
    const key = vary ? keyOf(url, vary, request.headers) : undefined
    const entry = key === undefined ? undefined : entries.get(key)
    if (!entry || key === undefined) {
      stats.misses += 1
      return undefined
    }
    if (entry.expiresAt <= now()) {
      remove(key)
      stats.misses += 1
      return undefined
    }
    entries.delete(key)
    entries.set(key, entry)
    stats.hits += 1
    return entry
  }

  /**
   * @param {{ body: Buffer; headers: StoredHeaders; request: import('node:http').IncomingMessage; requestedAt: number; status: number }} response
   * @returns {boolean} whether it was stored
   */
  const store = ({ body, headers, request, requestedAt, status }) => {
    const ttl = storableTtlSeconds(status, headers)
    if (ttl === null || requestedAt < storableFrom || body.length > maxEntryBytes) {
      return false
    }
    const url = request.url ?? ''
    const vary = varyNames(headers)
    if (vary === null) {
      return false
    }
    const known = varyByUrl.get(url)
    if (known && known.join(',') !== vary.join(',')) {
      // The page now varies on other headers: entries keyed the old way can never be found again.
      for (const key of [...entries.keys()]) {
        if (key === url || key.startsWith(`${url}\n`)) {
          remove(key)
        }
      }
    }
    varyByUrl.set(url, vary)
    const key = keyOf(url, vary, request.headers)
    remove(key)
    const storedAt = now()
    /** @type {StoredHeaders} */
    const replayed = {}
    for (const [name, value] of Object.entries(headers)) {
      if (!NOT_REPLAYED.has(name)) {
        replayed[name] = value
      }
    }
    entries.set(key, {
      body,
      etag: typeof headers.etag === 'string' ? headers.etag : undefined,
      expiresAt: storedAt + Math.min(ttl, maxTtlSeconds) * 1000,
      headers: replayed,
      status,
      storedAt,
    })
    stats.bytes += body.length
    for (const oldest of entries.keys()) {
      if (stats.bytes <= maxBytes) {
        break
      }
      remove(oldest)
    }
    stats.entries = entries.size
    return true
  }

  /** Forgets every page, every response still being rendered and those of the next `settleMs`. */
  const purge = () => {
    storableFrom = now() + settleMs
    entries.clear()
    varyByUrl.clear()
    stats.bytes = 0
    stats.entries = 0
    stats.purges += 1
  }

  return {
    maxEntryBytes,
    now,
    /** @param {Entry} entry */
    ageSeconds: (entry) => Math.max(0, Math.floor((now() - entry.storedAt) / 1000)),
    lookup,
    purge,
    stats: () => ({ ...stats }),
    store,
  }
}

/**
 * Seconds a response may be shared, or null when it must not be: only a 200 that Next.js marks
 * `s-maxage`, without `private`/`no-store`, without a cookie being set, and not a stale page Next.js
 * serves while it renders a fresh one.
 * @param {number} status @param {StoredHeaders} headers
 */
export const storableTtlSeconds = (status, headers) => {
  const cacheControl = String(headers['cache-control'] ?? '')
  const sharedMaxAge = SHARED_MAX_AGE.exec(cacheControl)
  if (
    status !== 200 ||
    !sharedMaxAge ||
    NOT_SHAREABLE.test(cacheControl) ||
    headers['set-cookie'] !== undefined ||
    String(headers['x-nextjs-cache'] ?? '').toUpperCase() === 'STALE'
  ) {
    return null
  }
  const seconds = Number(sharedMaxAge[1])
  return seconds > 0 ? seconds : null
}

/** @param {StoredHeaders} headers @returns {string[] | null} lower-case names, or null for `Vary: *` */
const varyNames = (headers) => {
  const names = String(headers.vary ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  return names.includes('*') ? null : [...new Set(names)].sort()
}

/** @param {import('node:http').IncomingMessage} request */
const isCacheableRequest = (request) =>
  request.method === 'GET' && !DRAFT_MODE_COOKIE.test(String(request.headers.cookie ?? ''))

/**
 * @param {Entry} entry @param {SharedPageCache} cache
 * @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response
 */
const sendStored = (entry, cache, request, response) => {
  const age = String(cache.ageSeconds(entry))
  const ifNoneMatch = request.headers['if-none-match']
  if (entry.etag && ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === entry.etag)) {
    const { 'cache-control': cacheControl, etag, vary } = entry.headers
    response.writeHead(304, { age, 'cache-control': cacheControl, etag, vary, [CACHE_STATUS_HEADER]: 'HIT' })
    response.end()
    return
  }
  response.writeHead(entry.status, { ...entry.headers, age, [CACHE_STATUS_HEADER]: 'HIT' })
  response.end(entry.body)
}

/**
 * Answers from the cache, or hands the request to `next` while keeping a copy of what it writes
 * (after compression, so the stored bytes are the ones sent) to store when it is shareable.
 * @param {SharedPageCache} cache
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {() => unknown} next
 */
export const handleWithSharedCache = (cache, request, response, next) => {
  if (!isCacheableRequest(request)) {
    return next()
  }
  const stored = cache.lookup(request)
  if (stored) {
    sendStored(stored, cache, request, response)
    return undefined
  }
  const requestedAt = cache.now()
  /** Everything written, until the headers show the response cannot be stored. */
  /** @type {Buffer[] | null} */
  let chunks = []
  let size = 0
  /** @type {StoredHeaders} */
  let responseHeaders = {}
  const originalWriteHead = response.writeHead
  const originalWrite = response.write
  const originalEnd = response.end

  /** @param {unknown} chunk @param {unknown} encoding */
  const keep = (chunk, encoding) => {
    if (!chunks || chunk === undefined || chunk === null || typeof chunk === 'function') {
      return
    }
    // A copy: the writer may reuse its buffer once written.
    const buffer =
      chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8')
    size += buffer.length
    // A page too large to store is not copied any further.
    if (size > cache.maxEntryBytes) {
      chunks = null
    } else {
      chunks.push(buffer)
    }
  }

  /** @type {any} */
  const patched = response
  // Node's implicit headers (a write or end without writeHead) also go through `this.writeHead`.
  patched.writeHead = function writeHeadAndDecide(/** @type {any[]} */ ...args) {
    const [status, ...rest] = args
    const given = rest.find((arg) => arg && typeof arg === 'object')
    /** @type {StoredHeaders} */
    const headers = /** @type {StoredHeaders} */ ({ ...response.getHeaders() })
    if (given && !Array.isArray(given)) {
      for (const [name, value] of Object.entries(given)) {
        headers[name.toLowerCase()] = value
      }
    }
    const isStorable = storableTtlSeconds(status, headers) !== null && varyNames(headers) !== null
    if (!isStorable) {
      chunks = null
    }
    responseHeaders = headers
    if (!response.headersSent) {
      response.setHeader(CACHE_STATUS_HEADER, isStorable ? 'MISS' : 'PASS')
    }
    return originalWriteHead.apply(response, /** @type {any} */ (args))
  }
  patched.write = function writeAndKeep(/** @type {any[]} */ ...args) {
    keep(args[0], args[1])
    return originalWrite.apply(response, /** @type {any} */ (args))
  }
  patched.end = function endAndStore(/** @type {any[]} */ ...args) {
    keep(args[0], args[1])
    if (chunks && response.statusCode === 200) {
      cache.store({ body: Buffer.concat(chunks, size), headers: responseHeaders, request, requestedAt, status: 200 })
    }
    chunks = null
    return originalEnd.apply(response, /** @type {any} */ (args))
  }
  return next()
}
