import type { Payload } from 'payload'

import { describe, expect, it, vi } from 'vitest'

import { revalidateReaderPages } from './revalidateReaderPages'

describe('revalidateReaderPages', () => {
  it('should do nothing, without throwing or logging an error, outside a Next.js server', () => {
    const logger = { debug: vi.fn(), error: vi.fn() }
    const payload = { logger } as unknown as Payload
    expect(revalidateReaderPages({ payload, reason: 'seed' })).toBe(false)
    expect(logger.error).not.toHaveBeenCalled()
  })
})
