import { describe, expect, it } from 'vitest'

import { safeCallbackPath } from './callbackUrl'

describe('safeCallbackPath', () => {
  it('should keep a path on this site', () => {
    expect(safeCallbackPath('/admin/collections/articles?x=1')).toBe('/admin/collections/articles?x=1')
  })

  it('should replace other sites and protocol-relative URLs with the fallback', () => {
    expect(safeCallbackPath('https://evil.example/')).toBe('/my')
    expect(safeCallbackPath('//evil.example/')).toBe('/my')
    expect(safeCallbackPath('/\\evil.example')).toBe('/my')
    expect(safeCallbackPath(undefined, '/')).toBe('/')
  })
})
