import type { Payload } from 'payload'

import { describe, expect, it, vi } from 'vitest'

import { revalidateReaderPages } from './revalidateReaderPages'
import { createProductionServer, PRODUCTION_SERVER } from '@/server/productionServer.mjs'
import { createSharedPageCache } from '@/server/sharedPageCache.mjs'

describe('revalidateReaderPages', () => {
  it('should do nothing, without throwing or logging an error, outside a Next.js server', () => {
    const logger = { debug: vi.fn(), error: vi.fn() }
    const payload = { logger } as unknown as Payload
    expect(revalidateReaderPages({ payload, reason: 'seed' })).toBe(false)
    expect(logger.error).not.toHaveBeenCalled()
  })
  it('should empty the shared page cache, ask the running server to revalidate in a request of its own and tell the other server processes', async () => {
    const pageCache = createSharedPageCache()
    const requests: { headers: HeadersInit | undefined; url: string }[] = []
    const broadcast = vi.fn()
    const server = createProductionServer({
      broadcast,
      fetchImpl: async (url, init) => {
        requests.push({ headers: init?.headers, url: String(url) })
        return new Response(null, { status: 204 })
      },
      origin: () => 'http://127.0.0.1:4321',
      pageCache,
    })
    const payload = { logger: { debug: vi.fn(), error: vi.fn() } } as unknown as Payload
    Object.assign(globalThis, { [PRODUCTION_SERVER]: server })
    try {
      expect(revalidateReaderPages({ payload, reason: 'scheduled publication' })).toBe(true)
      expect(pageCache.stats().purges).toBe(1)
      expect(broadcast).toHaveBeenCalledOnce()
      await vi.waitFor(() => expect(requests).toHaveLength(1))
      expect(requests[0].url).toBe('http://127.0.0.1:4321/api/internal/revalidate')
      const token = (requests[0].headers as Record<string, string>)['x-crossroads-revalidation']
      expect(server.isRevalidationToken(token)).toBe(true)
      expect(server.isRevalidationToken(`${token.slice(1)}0`)).toBe(false)
      expect(payload.logger.error).not.toHaveBeenCalled()

      // At start-up, before the process takes requests, only Next.js's page cache is revalidated.
      await server.revalidateInRequest({ keepPageCache: true })
      expect(requests[1].url).toBe('http://127.0.0.1:4321/api/internal/revalidate?keep-page-cache')
    } finally {
      Object.assign(globalThis, { [PRODUCTION_SERVER]: undefined })
    }
  })
})
