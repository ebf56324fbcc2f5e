import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestRedis } from '../scripts/redisServer.mjs'
import type { RedisCoordination } from './redisCoordination.mjs'

import { hasRedisServer, startRedisServer } from '../scripts/redisServer.mjs'
import { connectRedisCoordination, describeAddress, JOBS_LEASE_KEY } from './redisCoordination.mjs'

const until = async (condition: () => boolean, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error('timed out')
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe.runIf(hasRedisServer())('connectRedisCoordination on a real redis-server', () => {
  let redis: TestRedis
  const connections: RedisCoordination[] = []
  const connect = async (onRevalidation = () => {}, log: (line: string) => void = () => {}, onReconnected?: () => void) => {
    const coordination = await connectRedisCoordination({ log, onReconnected, onRevalidation, url: redis.url })
    connections.push(coordination)
    return coordination
  }

  beforeAll(async () => {
    redis = await startRedisServer()
  })
  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()))
    await redis?.stop()
  })

  it('should tell every other server of a publication, and not the one that made it', async () => {
    let heardByA = 0
    let heardByB = 0
    const a = await connect(() => (heardByA += 1))
    await connect(() => (heardByB += 1))
    // Each subscribes just after connecting.
    let subscribers = 0
    while (subscribers < 2) {
      const [, count] = (await a.client.sendCommand(['PUBSUB', 'NUMSUB', 'crossroads:revalidate'])) as [string, number]
      subscribers = count
    }
    await a.publishRevalidation()
    await until(() => heardByB === 1)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(heardByB).toBe(1)
    expect(heardByA).toBe(0)
  })

  it('should count failures per key across servers in one window that later failures do not extend', async () => {
    const a = await connect()
    const b = await connect()
    expect(await a.failures.count('203.0.113.9', 60_000)).toBe(1)
    expect(await b.failures.count('203.0.113.9', 60_000)).toBe(2)
    const ttl = await a.client.pTTL('crossroads:sign-in-failures:203.0.113.9')
    expect(ttl).toBeGreaterThan(55_000)
    expect(await b.failures.read('203.0.113.9')).toBe(2)
    await b.failures.forgive('203.0.113.9')
    expect(await a.failures.read('203.0.113.9')).toBe(1)
    await a.failures.forgive('203.0.113.9')
    await a.failures.forgive('203.0.113.9')
    expect(await a.failures.read('203.0.113.9')).toBe(0)
    expect(await a.failures.count('198.51.100.7', 200)).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await a.failures.read('198.51.100.7')).toBe(0)
  })

  it('should let one server at a time hold the jobs lease, and another take it once it lets go', async () => {
    const a = await connect()
    const b = await connect()
    await a.client.del(JOBS_LEASE_KEY)
    expect(await a.holdJobsLease()).toBe(true)
    expect(await b.holdJobsLease()).toBe(false)
    expect(await a.holdJobsLease()).toBe(true)
    await a.close()
    expect(await b.holdJobsLease()).toBe(true)
  })

  it('should fail commands at once while Redis is away, say so once, and say when it is back', async () => {
    const lines: string[] = []
    let reconnections = 0
    const a = await connect(
      () => {},
      (line) => lines.push(line),
      () => (reconnections += 1),
    )
    expect(a.isAvailable()).toBe(true)
    await redis.stop()
    await until(() => !a.isAvailable())
    const startedAt = Date.now()
    await expect(a.failures.read('203.0.113.10')).rejects.toThrow()
    expect(Date.now() - startedAt).toBeLessThan(500)
    await redis.start()
    await until(() => a.isAvailable(), 10_000)
    expect(reconnections).toBe(1)
    expect(lines.filter((line) => line.includes('is unreachable'))).toHaveLength(1)
    expect(lines.at(-1)).toBe(`Redis at redis://127.0.0.1:${redis.port} is reachable again: shared cache, publication events and sign-in limits resumed.`)
  })
})

describe('describeAddress', () => {
  it('should leave the password out of log lines', () => {
    expect(describeAddress('redis://:hunter2@cache.example:6380/2')).toBe('redis://cache.example:6380/2')
  })
})
