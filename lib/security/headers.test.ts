import { describe, expect, it } from 'vitest'

import { documentPolicy, isFramablePath, securityHeadersFor } from './headers.mjs'

describe('framing', () => {
  it('should let only /embed/ addresses be framed, after normalising the path', () => {
    expect(isFramablePath('/embed/indicators/gdp/ranking?x=1')).toBe(true)
    expect(isFramablePath('/countries/armenia')).toBe(false)
    expect(isFramablePath('/embedded')).toBe(false)
    expect(isFramablePath('/embed/%2e%2e/countries/armenia')).toBe(false)
  })

  it('should drop X-Frame-Options only for embeds', () => {
    expect(securityHeadersFor('/embed/compare/x')).not.toHaveProperty('x-frame-options')
    expect(securityHeadersFor('/countries/armenia')).toHaveProperty('x-frame-options', 'DENY')
  })

  it('should allow any frame ancestor only in a framable page policy', () => {
    expect(documentPolicy({ isFramable: true, scriptHashes: [] })).toContain('frame-ancestors *')
    expect(documentPolicy({ scriptHashes: [] })).toContain("frame-ancestors 'none'")
  })
})
