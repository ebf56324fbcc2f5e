import type { Payload } from 'payload'

import { describe, expect, it, vi } from 'vitest'

import { revalidateReaderPages } from './revalidateReaderPages'
import { createSharedPageCache, SHARED_PAGE_CACHE } from './sharedPageCache.mjs'

describe('revalidateReaderPages', () => {
  it('should do nothing, without throwing or logging an error, outside a Next.js server', () => {
    const logger = { debug: vi.fn(), error: vi.fn() }
    const payload = { logger } as unknown as Payload
    expect(revalidateReaderPages({ payload, reason: 'seed' })).toBe(false)
    expect(logger.error).not.toHaveBeenCalled()
  })
  it('should empty the shared page cache of the running server', () => {
    const cache = createSharedPageCache()
    const purge = vi.spyOn(cache, 'purge')
    const payload = { logger: { debug: vi.fn(), error: vi.fn() } } as unknown as Payload
    Object.assign(globalThis, { [SHARED_PAGE_CACHE]: cache })
    try {
      expect(revalidateReaderPages({ payload, reason: 'publish' })).toBe(true)
      expect(purge).toHaveBeenCalledTimes(1)
      expect(cache.stats().purges).toBe(1)
    } finally {
      Object.assign(globalThis, { [SHARED_PAGE_CACHE]: undefined })
    }
  })
})
