// @ts-check
import crypto from 'node:crypto'

/**
 * What `server.mjs` shares with the code Next.js bundles (Payload hooks, route handlers), which
 * runs in the same process but not as the same modules: a handle on `globalThis`.
 */
export const PRODUCTION_SERVER = Symbol.for('crossroads.productionServer')

/** The route a write made outside any request asks to revalidate the reader pages. */
export const REVALIDATION_PATH = '/api/internal/revalidate'
export const REVALIDATION_TOKEN_HEADER = 'x-crossroads-revalidation'

/**
 * @typedef {{
 *   isRevalidationToken: (value: null | string | undefined) => boolean
 *   pageCache: import('./sharedPageCache.mjs').SharedPageCache | null
 *   revalidateInRequest: () => Promise<void>
 * }} ProductionServer
 */

/**
 * @param {{ fetchImpl?: typeof fetch; origin: () => string; pageCache: ProductionServer['pageCache'] }} options
 *   `origin` is read when a revalidation is requested, once the server listens.
 * @returns {ProductionServer}
 */
export const createProductionServer = ({ fetchImpl = fetch, origin, pageCache }) => {
  const token = crypto.randomBytes(32).toString('hex')
  return {
    isRevalidationToken: (value) =>
      typeof value === 'string' &&
      value.length === token.length &&
      crypto.timingSafeEqual(Buffer.from(value), Buffer.from(token)),
    pageCache,
    revalidateInRequest: async () => {
      const response = await fetchImpl(`${origin()}${REVALIDATION_PATH}`, {
        headers: { [REVALIDATION_TOKEN_HEADER]: token },
        method: 'POST',
      })
      if (!response.ok) {
        throw new Error(`${REVALIDATION_PATH} answered ${response.status}`)
      }
    },
  }
}

/** @returns {ProductionServer | null} the running `server.mjs`, or null (next dev, scripts, tests) */
export const productionServer = () =>
  /** @type {ProductionServer | undefined} */ (/** @type {any} */ (globalThis)[PRODUCTION_SERVER]) ?? null
