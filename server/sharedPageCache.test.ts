import type { AddressInfo } from 'node:net'

import http from 'node:http'
import zlib from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'

import type { SharedPageCache } from './sharedPageCache.mjs'

import {
  CACHE_STATUS_HEADER,
  createSharedPageCache,
  handleWithSharedCache,
  storableTtlSeconds,
} from './sharedPageCache.mjs'

type Reply = { body: string; headers: Record<string, string>; status?: number }

const CACHED_PAGE = {
  'cache-control': 's-maxage=3600, stale-while-revalidate=31532400',
  'content-type': 'text/html; charset=utf-8',
  etag: '"page-1"',
  vary: 'rsc, next-router-state-tree, Accept-Encoding',
  'x-nextjs-cache': 'HIT',
}

const servers: http.Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

/**
 * A server shaped like `server/index.mjs`, whose stand-in for Next.js answers each path with `reply(path)`
 * the way Next.js writes (setHeader, then write and end, optionally gzipped) and counts its renders.
 */
const startServer = async (cache: SharedPageCache, reply: (path: string, renders: number) => Reply) => {
  let renders = 0
  const server = http.createServer((request, response) =>
    handleWithSharedCache(cache, request, response, () => {
      renders += 1
      const { body, headers, status = 200 } = reply(request.url ?? '', renders)
      response.statusCode = status
      for (const [name, value] of Object.entries(headers)) {
        response.setHeader(name, value)
      }
      if (/gzip/.test(String(request.headers['accept-encoding'])) && /Accept-Encoding/i.test(headers.vary ?? '')) {
        response.setHeader('content-encoding', 'gzip')
        const zipped = zlib.gzipSync(body)
        response.write(zipped.subarray(0, 10))
        response.end(zipped.subarray(10))
      } else {
        response.write(body.slice(0, 5))
        response.end(body.slice(5))
      }
    }),
  )
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    get: (path: string, headers: Record<string, string> = {}) =>
      fetch(origin + path, { headers: { 'accept-encoding': 'identity', ...headers } }),
    renders: () => renders,
  }
}

describe('handleWithSharedCache', () => {
  it('should answer a repeated request for a shareable page without rendering it again', async () => {
    const cache = createSharedPageCache()
    const site = await startServer(cache, (path, renders) => ({
      body: `${path} render ${renders}`,
      headers: CACHED_PAGE,
    }))
    const first = await site.get('/countries/georgia')
    expect(first.headers.get(CACHE_STATUS_HEADER)).toBe('MISS')
    expect(await first.text()).toBe('/countries/georgia render 1')
    const second = await site.get('/countries/georgia')
    expect(second.headers.get(CACHE_STATUS_HEADER)).toBe('HIT')
    expect(second.headers.get('cache-control')).toBe(CACHED_PAGE['cache-control'])
    expect(second.headers.get('content-type')).toBe(CACHED_PAGE['content-type'])
    expect(second.headers.get('x-nextjs-cache')).toBeNull()
    expect(await second.text()).toBe('/countries/georgia render 1')
    expect(site.renders()).toBe(1)
    expect(await (await site.get('/countries/armenia')).text()).toBe('/countries/armenia render 2')
  })

  it('should keep the compressed and the plain copy apart, as the response varies on Accept-Encoding', async () => {
    const cache = createSharedPageCache()
    const site = await startServer(cache, (path, renders) => ({ body: `page ${renders}`, headers: CACHED_PAGE }))
    await site.get('/p', { 'accept-encoding': 'gzip' })
    await site.get('/p', { 'accept-encoding': 'identity' })
    const zipped = await site.get('/p', { 'accept-encoding': 'gzip' })
    expect(zipped.headers.get(CACHE_STATUS_HEADER)).toBe('HIT')
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(await zipped.text()).toBe('page 1')
    const plain = await site.get('/p', { 'accept-encoding': 'identity' })
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.text()).toBe('page 2')
    const navigation = await site.get('/p', { 'accept-encoding': 'identity', rsc: '1' })
    expect(navigation.headers.get(CACHE_STATUS_HEADER)).toBe('MISS')
    expect(site.renders()).toBe(3)
  })

  it('should render again after a purge, and not store a page whose render began before it', async () => {
    const cache = createSharedPageCache()
    const site = await startServer(cache, (_path, renders) => ({ body: `version ${renders}`, headers: CACHED_PAGE }))
    await site.get('/p')
    cache.purge()
    expect(await (await site.get('/p')).text()).toBe('version 2')

    const slowCache = createSharedPageCache()
    let release: (() => void) | null = null
    const slowServer = http.createServer((request, response) =>
      handleWithSharedCache(slowCache, request, response, () => {
        for (const [name, value] of Object.entries(CACHED_PAGE)) {
          response.setHeader(name, value)
        }
        response.write('rendered before the purge')
        release = () => response.end()
      }),
    )
    servers.push(slowServer)
    await new Promise<void>((resolve) => slowServer.listen(0, '127.0.0.1', resolve))
    const pending = fetch(`http://127.0.0.1:${(slowServer.address() as AddressInfo).port}/p`)
    await expect.poll(() => release !== null).toBe(true)
    slowCache.purge()
    release!()
    expect(await (await pending).text()).toBe('rendered before the purge')
    expect(slowCache.stats().entries).toBe(0)
  })

  it('should store nothing requested in the seconds after a purge, while Next.js applies the revalidation', async () => {
    let now = 1_000_000
    const cache = createSharedPageCache({ now: () => now, settleMs: 5_000 })
    const site = await startServer(cache, (_path, renders) => ({ body: `render ${renders}`, headers: CACHED_PAGE }))
    await site.get('/p')
    cache.purge()
    now += 4_000
    expect(await (await site.get('/p')).text()).toBe('render 2')
    expect(await (await site.get('/p')).text()).toBe('render 3')
    now += 1_500
    expect(await (await site.get('/p')).text()).toBe('render 4')
    const stored = await site.get('/p')
    expect(stored.headers.get(CACHE_STATUS_HEADER)).toBe('HIT')
    expect(await stored.text()).toBe('render 4')
  })

  it('should never store a private page, a page that sets a cookie, an error or a stale page', async () => {
    const cache = createSharedPageCache()
    const replies: Record<string, Reply> = {
      '/compare': {
        body: 'dynamic',
        headers: { 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' },
      },
      '/cookie': { body: 'cookie', headers: { ...CACHED_PAGE, 'set-cookie': 'session=1' } },
      '/missing': { body: 'not found', headers: CACHED_PAGE, status: 404 },
      '/stale': { body: 'stale', headers: { ...CACHED_PAGE, 'x-nextjs-cache': 'STALE' } },
      '/static': { body: 'asset', headers: { 'cache-control': 'public, max-age=31536000, immutable' } },
    }
    const site = await startServer(cache, (path) => replies[path])
    for (const path of Object.keys(replies)) {
      expect((await site.get(path)).headers.get(CACHE_STATUS_HEADER)).toBe('PASS')
      expect((await site.get(path)).headers.get(CACHE_STATUS_HEADER)).toBe('PASS')
    }
    expect(site.renders()).toBe(10)
    expect(cache.stats().entries).toBe(0)
  })

  it('should pass draft-mode requests and other methods to Next.js', async () => {
    const cache = createSharedPageCache()
    const site = await startServer(cache, (_path, renders) => ({ body: `render ${renders}`, headers: CACHED_PAGE }))
    await site.get('/p')
    const draft = await site.get('/p', { cookie: 'theme=dark; __prerender_bypass=abc' })
    expect(await draft.text()).toBe('render 2')
    expect(site.renders()).toBe(2)
  })

  it('should answer a matching If-None-Match from the cache with 304', async () => {
    const cache = createSharedPageCache()
    const site = await startServer(cache, () => ({ body: 'page', headers: CACHED_PAGE }))
    await site.get('/p')
    const revalidated = await site.get('/p', { 'if-none-match': CACHED_PAGE.etag })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('etag')).toBe(CACHED_PAGE.etag)
    expect(site.renders()).toBe(1)
  })

  it('should render again once the time to keep a page has passed', async () => {
    let now = 1_000_000
    const cache = createSharedPageCache({ maxTtlSeconds: 300, now: () => now })
    const site = await startServer(cache, (_path, renders) => ({ body: `render ${renders}`, headers: CACHED_PAGE }))
    await site.get('/p')
    now += 299_000
    const kept = await site.get('/p')
    expect(await kept.text()).toBe('render 1')
    expect(kept.headers.get('age')).toBe('299')
    now += 2_000
    expect(await (await site.get('/p')).text()).toBe('render 2')
  })

  it('should drop the least recently used pages beyond its size', async () => {
    const cache = createSharedPageCache({ maxBytes: 250, maxEntryBytes: 250 })
    const site = await startServer(cache, (path) => ({ body: `${path}:`.padEnd(100, '.'), headers: CACHED_PAGE }))
    await site.get('/a')
    await site.get('/b')
    await site.get('/a')
    await site.get('/c')
    expect(cache.stats()).toMatchObject({ bytes: 200, entries: 2 })
    expect((await site.get('/a')).headers.get(CACHE_STATUS_HEADER)).toBe('HIT')
    expect((await site.get('/b')).headers.get(CACHE_STATUS_HEADER)).toBe('MISS')
  })

  it('should pass a page too large to store, whole', async () => {
    const cache = createSharedPageCache({ maxBytes: 1_000, maxEntryBytes: 50 })
    const site = await startServer(cache, (_path, renders) => ({
      body: `${renders}`.padEnd(80, '.'),
      headers: CACHED_PAGE,
    }))
    expect(await (await site.get('/big')).text()).toBe('1'.padEnd(80, '.'))
    expect(await (await site.get('/big')).text()).toBe('2'.padEnd(80, '.'))
    expect(cache.stats().entries).toBe(0)
  })
})

describe('storableTtlSeconds', () => {
  it('should read s-maxage from a shareable response only', () => {
    expect(storableTtlSeconds(200, { 'cache-control': 's-maxage=3600, stale-while-revalidate=1' })).toBe(3600)
    expect(storableTtlSeconds(200, { 'cache-control': 'public, max-age=60' })).toBeNull()
    expect(storableTtlSeconds(200, { 'cache-control': 'private, s-maxage=60' })).toBeNull()
    expect(storableTtlSeconds(200, { 'cache-control': 's-maxage=0' })).toBeNull()
    expect(storableTtlSeconds(304, { 'cache-control': 's-maxage=60' })).toBeNull()
  })
})

describe('createSharedPageCache', () => {
  it.each([
    ['maxTtlSeconds', { maxTtlSeconds: Number('5m') }],
    ['maxBytes', { maxBytes: Number('lots') * 2 ** 20 }],
    ['maxEntryBytes', { maxEntryBytes: -1 }],
  ])('should refuse a %s that is not a number from 0 up, which would keep pages for ever', (name, options) => {
    expect(() => createSharedPageCache(options)).toThrow(`createSharedPageCache: ${name} must be a number from 0 up`)
  })
})
