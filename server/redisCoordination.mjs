// @ts-check
/**
 * What several Crossroads servers share through Redis (`REDIS_URL`): publication events over
 * pub/sub, the failed sign-ins per client address, and who works off the jobs queue. One per
 * server process, made by `server/index.mjs` and handed to the bundled code through
 * `server/productionServer.mjs`; Next.js's cache handler (`server/nextCacheHandler.mjs`) uses
 * the same connection.
 *
 * Redis going away must never fail a request: commands are not queued while it is unreachable
 * (they fail at once and the caller falls back on what this process knows), and one log line says
 * when it went away and one when it is back.
 */
import crypto from 'node:crypto'
import os from 'node:os'
import { createClient } from 'redis'

export const REVALIDATE_CHANNEL = 'crossroads:revalidate'
export const JOBS_LEASE_KEY = 'crossroads:jobs:leader'
export const SIGN_IN_FAILURES_PREFIX = 'crossroads:sign-in-failures:'
/** A leader that died without letting go is replaced after this long. */
export const JOBS_LEASE_MS = 120_000

/** Renews the lease when this process holds it, takes it when nobody does; 1 when it is ours. */
const HOLD_LEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return 1
end
return 0`
const RELEASE_LEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`
const FORGIVE = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then
  return redis.call('DECR', KEYS[1])
end
return 0`

/** @param {number} retries */
const reconnectDelayMs = (retries) => Math.min(100 * 2 ** Math.min(retries, 5), 2_000)

/**
 * @typedef {{
 *   close: () => Promise<void>
 *   client: ReturnType<typeof createClient>
 *   failures: {
 *     count: (key: string, windowMs: number) => Promise<number>
 *     forgive: (key: string) => Promise<void>
 *     read: (key: string) => Promise<number>
 *   }
 *   holdJobsLease: () => Promise<boolean>
 *   instanceId: string
 *   isAvailable: () => boolean
 *   publishRevalidation: () => Promise<void>
 * }} RedisCoordination
 */

/**
 * Connects (waiting for the first connection at most `connectTimeoutMs`; the servers start without
 * Redis too and connect when it comes) and subscribes to publication events.
 * @param {{
 *   connectTimeoutMs?: number
 *   log: (line: string) => void
 *   onReconnected?: () => void
 *   onRevalidation: () => void
 *   url: string
 * }} options
 *   `onRevalidation` runs for a publication made by another server process; `onReconnected` when
 *   Redis is back after being away (events published meanwhile were lost).
 * @returns {Promise<RedisCoordination>}
 */
export const connectRedisCoordination = async ({ connectTimeoutMs = 5_000, log, onReconnected, onRevalidation, url }) => {
  const instanceId = `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`
  const options = {
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: reconnectDelayMs },
    url,
  }
  const client = createClient(options)
  const subscriber = createClient(options)
  const where = describeAddress(url)
  let wasLost = false
  let isReady = false

  client.on('error', (/** @type {unknown} */ error) => {
    if (isReady || !wasLost) {
      log(
        `Redis at ${where} is unreachable (${error instanceof Error ? error.message : String(error)}): ` +
          'serving from this server’s own memory until it is back.',
      )
    }
    isReady = false
    wasLost = true
  })
  client.on('ready', () => {
    isReady = true
    if (wasLost) {
      wasLost = false
      log(`Redis at ${where} is reachable again: shared cache, publication events and sign-in limits resumed.`)
      onReconnected?.()
    }
  })
  // Its failures are the same as the client's; the client's lines say so once.
  subscriber.on('error', () => {})

  const connected = Promise.all([client.connect(), subscriber.connect()])
  const timedOut = new Promise((resolve) => setTimeout(resolve, connectTimeoutMs).unref())
  await Promise.race([connected.catch(() => undefined), timedOut])
  connected.catch(() => undefined)
  // Subscribes once connected (node-redis subscribes again by itself after a reconnection).
  subscriber
    .subscribe(REVALIDATE_CHANNEL, (message) => {
      if (message !== instanceId) {
        onRevalidation()
      }
    })
    .catch((/** @type {unknown} */ error) => log(`Could not subscribe to ${REVALIDATE_CHANNEL}: ${error}`))

  return {
    client,
    close: async () => {
      await client
        .eval(RELEASE_LEASE, { arguments: [instanceId], keys: [JOBS_LEASE_KEY] })
        .catch(() => undefined)
      await Promise.allSettled([client.close(), subscriber.close()])
    },
    failures: {
      count: async (key, windowMs) => {
        const redisKey = SIGN_IN_FAILURES_PREFIX + key
        // The window starts with the first failure and is not extended by later ones.
        const [, count] = await client
          .multi()
          .set(redisKey, '0', { condition: 'NX', expiration: { type: 'PX', value: windowMs } })
          .incr(redisKey)
          .exec()
        return Number(count)
      },
      forgive: async (key) => {
        await client.eval(FORGIVE, { keys: [SIGN_IN_FAILURES_PREFIX + key] })
      },
      read: async (key) => Number((await client.get(SIGN_IN_FAILURES_PREFIX + key)) ?? 0),
    },
    holdJobsLease: async () =>
      Number(
        await client.eval(HOLD_LEASE, { arguments: [instanceId, String(JOBS_LEASE_MS)], keys: [JOBS_LEASE_KEY] }),
      ) === 1,
    instanceId,
    isAvailable: () => isReady,
    publishRevalidation: async () => {
      await client.publish(REVALIDATE_CHANNEL, instanceId)
    },
  }
}

/** The address without its password, for log lines. @param {string} url */
export const describeAddress = (url) => {
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`
  } catch {
    return 'REDIS_URL'
  }
}
