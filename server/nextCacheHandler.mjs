// @ts-check
/**
 * Next.js's cache (rendered pages, route data, tags) in Redis, through @fortedigital/nextjs-cache-handler,
 * so that every server sees the same pages and a `revalidatePath`/`revalidateTag` made on one reaches
 * all. `next.config.js` names this file as `cacheHandler` only when `REDIS_URL` is set; Next.js
 * loads it in the server's own process (not bundled), where `server/index.mjs` has connected.
 *
 * Redis is asked first; when it does not answer (the handler throws at once while the connection is
 * down), this process's own memory answers: pages keep being served, stale at worst. Every page is
 * written to both, and every revalidation applied to both.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'

import { productionServer } from './productionServer.mjs'

/** Keys of Next.js's cache in Redis; the coordination's keys start with `crossroads:` too. */
export const NEXT_CACHE_KEY_PREFIX = 'crossroads:next:'

CacheHandler.onCreation(() => {
  const redis = productionServer()?.redis
  // 500 MB of pages in memory at most, the fallback while Redis is away.
  const memory = createLruHandler({ maxItemSizeBytes: 500 * 2 ** 20, maxItemsNumber: 10_000 })
  if (!redis) {
    // `next build`, or a script: no connection was made; this process's memory only.
    return { handlers: [memory] }
  }
  return {
    handlers: [
      createRedisHandler({
        // The same connection as the coordination: commands fail at once while Redis is away.
        client: /** @type {any} */ (redis.client),
        keyPrefix: NEXT_CACHE_KEY_PREFIX,
        timeoutMs: 1_000,
      }),
      memory,
    ],
  }
})

export default CacheHandler
