// @ts-check
import crypto from 'node:crypto'

/**
 * What `server/index.mjs` shares with the code Next.js bundles (Payload hooks, route handlers), which
 * runs in the same process but not as the same modules: a handle on `globalThis`.
 */
export const PRODUCTION_SERVER = Symbol.for('crossroads.productionServer')

/** The route a write made outside any request asks to revalidate the reader pages. */
export const REVALIDATION_PATH = '/api/internal/revalidate'
export const REVALIDATION_TOKEN_HEADER = 'x-crossroads-revalidation'
/**
 * Asks for Next.js's revalidation alone, leaving the shared page cache (and its settle window)
 * alone: at start-up, before the process takes requests, there is nothing in it to purge.
 */
export const KEEP_PAGE_CACHE_PARAMETER = 'keep-page-cache'

/**
 * @typedef {{
 *   broadcast: () => void
 *   isRevalidationToken: (value: null | string | undefined) => boolean
 *   pageCache: import('./sharedPageCache.mjs').SharedPageCache | null
 *   redis: import('./redisCoordination.mjs').RedisCoordination | null
 *   revalidateInRequest: (options?: { keepPageCache?: boolean }) => Promise<void>
 * }} ProductionServer
 */

/**
 * @param {{
 *   broadcast?: () => void
 *   fetchImpl?: typeof fetch
 *   origin: () => string
 *   pageCache: ProductionServer['pageCache']
 *   redis?: ProductionServer['redis']
 * }} options
 *   `origin` is read when a revalidation is requested, once the server listens. `broadcast` tells
 *   the other server processes (of a cluster, or every server through Redis) to revalidate too;
 *   one process has none to tell. `redis` is the connection shared with other servers (`REDIS_URL`).
 * @returns {ProductionServer}
 */
export const createProductionServer = ({ broadcast = () => {}, fetchImpl = fetch, origin, pageCache, redis = null }) => {
  const token = crypto.randomBytes(32).toString('hex')
  return {
    broadcast,
    isRevalidationToken: (value) =>
      typeof value === 'string' &&
      value.length === token.length &&
      crypto.timingSafeEqual(Buffer.from(value), Buffer.from(token)),
    pageCache,
    redis,
    revalidateInRequest: async ({ keepPageCache = false } = {}) => {
      const query = keepPageCache ? `?${KEEP_PAGE_CACHE_PARAMETER}` : ''
      const response = await fetchImpl(`${origin()}${REVALIDATION_PATH}${query}`, {
        headers: { [REVALIDATION_TOKEN_HEADER]: token },
        method: 'POST',
      })
      if (!response.ok) {
        throw new Error(`${REVALIDATION_PATH} answered ${response.status}`)
      }
    },
  }
}

/** @returns {ProductionServer | null} the running `server/index.mjs`, or null (next dev, scripts, tests) */
export const productionServer = () =>
  /** @type {ProductionServer | undefined} */ (/** @type {any} */ (globalThis)[PRODUCTION_SERVER]) ?? null

/**
 * Whether this process may work off the jobs queue now: always on its own; with Redis, only while
 * it holds the jobs lease (one server at a time), and never while Redis cannot say who holds it —
 * a scheduled publication waits for Redis rather than happening twice.
 * @returns {Promise<boolean>}
 */
export const holdsJobsQueue = async () => {
  const redis = productionServer()?.redis
  if (!redis) {
    return true
  }
  try {
    return await redis.holdJobsLease()
  } catch {
    return false
  }
}
