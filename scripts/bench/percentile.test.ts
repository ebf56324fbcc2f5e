import { describe, expect, it } from 'vitest'

import { percentile } from './percentile'

describe('percentile', () => {
  const samples = Array.from({ length: 100 }, (_, index) => index + 1)

  it('should return the nearest-rank value', () => {
    expect(percentile(samples, 0.5)).toBe(50)
    expect(percentile(samples, 0.95)).toBe(95)
    expect(percentile(samples, 0.99)).toBe(99)
    expect(percentile([7], 0.95)).toBe(7)
  })

  it('should be NaN without samples rather than a made-up latency', () => {
    expect(percentile([], 0.5)).toBeNaN()
  })
})
