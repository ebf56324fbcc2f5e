import { describe, expect, it } from 'vitest'

import { createRateLimiter } from './rateLimiter'

describe('createRateLimiter', () => {
  it('should allow attempts up to the limit and refuse the next one in the same window', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 })
    expect([1, 2, 3].map((second) => limiter.attempt('10.0.0.1', second * 1000))).toEqual([true, true, true])
    expect(limiter.attempt('10.0.0.1', 4000)).toBe(false)
  })

  it('should count each key separately', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 })
    expect(limiter.attempt('10.0.0.1', 0)).toBe(true)
    expect(limiter.attempt('10.0.0.1', 1)).toBe(false)
    expect(limiter.attempt('10.0.0.2', 2)).toBe(true)
  })

  it('should allow attempts again once the window has passed', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 })
    expect(limiter.attempt('10.0.0.1', 0)).toBe(true)
    expect(limiter.attempt('10.0.0.1', 59_999)).toBe(false)
    expect(limiter.attempt('10.0.0.1', 60_000)).toBe(true)
  })

  it('should keep refusing while attempts continue inside the window', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000 })
    for (let i = 0; i < 2; i += 1) {
      limiter.attempt('k', i)
    }
    expect(Array.from({ length: 5 }, (_, i) => limiter.attempt('k', 10 + i))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
  })
})
