import type { APIRequestContext } from '@playwright/test'

import { expect, test } from '@playwright/test'
import { createClient } from 'redis'

import type { TestRedis } from '../scripts/redisServer.mjs'
import type { RunningServer } from './helpers/productionServers'

import { hasFerretDb } from '../scripts/ferretdbServer.mjs'
import { hasRedisServer, startRedisServer } from '../scripts/redisServer.mjs'
import { DEMO } from './helpers/login'
import {
  createCountry,
  newClient,
  publishRename,
  signInAs,
  startProductionServer,
  startSeededFerretDb,
  titleOf,
} from './helpers/productionServers'

/**
 * Two production servers on different ports stand in for two machines: one database, one Redis
 * (Debian's redis-server, started here on a free loopback port and stopped after). The same tests
 * run on the suite's SQLite file and on a FerretDB database of their own (the MongoDB leg). The jobs
 * queue stays with the suite's server.
 */
test.skip(!hasRedisServer(), 'redis-server is not installed (apt-get install redis-server; .ci/run does)')

const PUBLISHED_EVERYWHERE_WITHIN_MS = 2_000

type SharedDatabase = {
  name: string
  /** What the servers need to use it, its server's log if it has one, and how to give it back once they have stopped. */
  prepare: () => Promise<{ env: Record<string, string>; log?: () => string; release: () => Promise<void> }>
  /** Why it cannot run on this machine, if it cannot. */
  unavailable: string | null
}

const SHARED_DATABASES: SharedDatabase[] = [
  {
    name: 'one SQLite file',
    // The suite's own e2e database, which the servers use by default.
    prepare: async () => ({ env: {}, release: async () => undefined }),
    unavailable: null,
  },
  {
    name: 'one FerretDB database',
    prepare: startSeededFerretDb,
    unavailable: hasFerretDb()
      ? null
      : 'FerretDB is not built and there is no Go 1.22+ to build it (on PATH or at /usr/local/go/bin/go; .ci/run requires it)',
  },
]

for (const database of SHARED_DATABASES) {
  test.describe(`two servers on ${database.name} sharing one Redis (REDIS_URL)`, () => {
    test.describe.configure({ mode: 'serial', timeout: 240_000 })
    test.skip(database.unavailable !== null, database.unavailable ?? '')

    let release: () => Promise<void>
    let databaseLog: (() => string) | undefined
    let redis: TestRedis
    let first: RunningServer
    let second: RunningServer
    let editor: APIRequestContext
    let admin: APIRequestContext
    let readerOfSecond: APIRequestContext
    let country: { id: number; name: string; path: string }

    test.beforeAll(async () => {
      // Room for building FerretDB on first use (about two minutes) and seeding it.
      test.setTimeout(480_000)
      const prepared = await database.prepare()
      release = prepared.release
      databaseLog = prepared.log
      redis = await startRedisServer()
      // Each trusts one proxy, as behind nginx: the tests name client addresses in X-Forwarded-For.
      const env = { ...prepared.env, REDIS_URL: redis.url, TRUSTED_PROXY_HOPS: '1' }
      first = await startProductionServer(env)
      second = await startProductionServer(env)
      expect(first.output()).toContain(`shared with other servers through Redis at ${redis.url}`)
      editor = await signInAs(first.origin, 'editor')
      admin = await signInAs(first.origin, 'admin')
      readerOfSecond = await newClient(second.origin)
      country = await createCountry(editor, admin)
    })
    test.afterEach(async ({}, testInfo) => {
      if (testInfo.status !== testInfo.expectedStatus) {
        for (const [name, server] of Object.entries({ first, second })) {
          await testInfo.attach(`output of the ${name} server`, { body: server.output(), contentType: 'text/plain' })
        }
        if (databaseLog) {
          await testInfo.attach('log of the database server', { body: databaseLog(), contentType: 'text/plain' })
        }
      }
    })
    test.afterAll(async () => {
      await editor?.delete(`/api/countries/${country.id}`)
      await Promise.all([editor, admin, readerOfSecond].map((client) => client?.dispose()))
      await Promise.all([first?.stop(), second?.stop()])
      await redis?.stop()
      await release?.()
    })

    /** Publishes a new name through the first server; resolves with the milliseconds until the second shows it. */
    const publishAndTimeOnSecond = async (name: string) => {
      // The second server holds the page in its own page cache before the change.
      await expect
        .poll(async () => (await readerOfSecond.get(country.path)).headers()['x-crossroads-cache'], { timeout: 20_000 })
        .toBe('HIT')
      await publishRename(editor, admin, country, name)
      const publishedAt = Date.now()
      await expect
        .poll(async () => titleOf(await (await readerOfSecond.get(country.path)).text()), {
          intervals: [50],
          timeout: PUBLISHED_EVERYWHERE_WITHIN_MS,
        })
        .toBe(`${name} — Crossroads`)
      return Date.now() - publishedAt
    }

    test('should show a change published through one server on the other within two seconds', async () => {
      const elapsed = await publishAndTimeOnSecond(`${country.name} corrected`)
      test.info().annotations.push({ description: `${elapsed} ms`, type: 'publish → visible on the other server' })
      // Next.js's rendered pages are in Redis (server/nextCacheHandler.mjs), not only in each server.
      const inspector = createClient({ url: redis.url })
      await inspector.connect()
      try {
        const keys = await inspector.keys('crossroads:next:*')
        expect(keys.some((key) => key.includes(country.path))).toBe(true)
      } finally {
        await inspector.close()
      }
    })

    test('should refuse on one server an address that used up its failed sign-ins on the other', async () => {
      const address = '203.0.113.40'
      const throughFirst = await newClient(first.origin)
      const throughSecond = await newClient(second.origin)
      try {
        for (let attempt = 0; attempt < 20; attempt += 1) {
          const response = await throughFirst.post('/api/users/login', {
            data: { email: `nobody-${attempt}@crossroads.example`, password: 'not-a-password' },
            headers: { 'x-forwarded-for': address },
          })
          expect(response.status(), `failed login ${attempt + 1}`).toBe(401)
        }
        const refused = await throughSecond.post('/api/users/login', {
          data: DEMO.editor,
          headers: { 'x-forwarded-for': address },
        })
        expect(refused.status()).toBe(429)
        // Another address still signs in on the second server.
        const elsewhere = await throughSecond.post('/api/users/login', {
          data: DEMO.editor,
          headers: { 'x-forwarded-for': '203.0.113.41' },
        })
        expect(elsewhere.status()).toBe(200)
      } finally {
        await throughFirst.dispose()
        await throughSecond.dispose()
      }
    })

    test('should keep serving pages without a 500 while Redis is down, and recover when it is back', async () => {
      const reader = { first: await newClient(first.origin), second: readerOfSecond }
      const paths = [country.path, '/countries', '/']
      const statuses: string[] = []
      const readEverything = async () => {
        for (const [name, client] of Object.entries(reader)) {
          for (const path of paths) {
            const response = await client.get(path, { timeout: 15_000 })
            statuses.push(`${name} ${path}: ${response.status()}`)
            expect(response.status(), `${name} server, ${path}`).toBe(200)
          }
        }
      }
      try {
        await readEverything()
        await redis.stop()
        await expect.poll(() => first.output() + second.output()).toMatch(/is unreachable/)
        // A few rounds while Redis is away: page caches, Next.js's own memory, renders.
        for (let round = 0; round < 3; round += 1) {
          await readEverything()
        }
        // Sign-ins still work (counted in each server's memory meanwhile).
        const signedIn = await newClient(second.origin)
        expect((await signedIn.post('/api/users/login', { data: DEMO.editor })).status()).toBe(200)
        await signedIn.dispose()

        await redis.start()
        for (const server of [first, second]) {
          await expect
            .poll(() => server.output(), { timeout: 20_000 })
            .toMatch(/Redis at redis:\/\/127\.0\.0\.1:\d+ is reachable again/)
        }
        await readEverything()
        // Publications reach the other server again.
        await publishAndTimeOnSecond(`${country.name} after the outage`)
        expect(`${first.output()}\n${second.output()}`).not.toMatch(/ 500 |Internal Server Error/)
      } catch (error) {
        throw new Error(`${error}\nStatuses: ${statuses.join('; ')}`)
      } finally {
        await reader.first.dispose()
      }
    })
  })
}
