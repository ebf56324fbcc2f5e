import { describe, expect, it } from 'vitest'

import { parseAsOf, pathWithAsOf } from './asOf'

describe('pathWithAsOf', () => {
  const pinned = parseAsOf('2025-06-30', '2026-12-05')

  it('should append the pinned day to a path without a query', () => {
    expect(pathWithAsOf('/indicators/gdp', pinned)).toBe('/indicators/gdp?asOf=2025-06-30')
  })

  it('should append the pinned day after an existing query', () => {
    expect(pathWithAsOf('/compare?countries=a,b', pinned)).toBe('/compare?countries=a,b&asOf=2025-06-30')
  })

  it('should leave the path alone for current figures and for a refused day', () => {
    expect(pathWithAsOf('/indicators/gdp', { kind: 'current' })).toBe('/indicators/gdp')
    expect(pathWithAsOf('/indicators/gdp', parseAsOf('2999-01-01', '2026-12-05'))).toBe('/indicators/gdp')
  })
})
