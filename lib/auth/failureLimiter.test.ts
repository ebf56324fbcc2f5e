import { describe, expect, it } from 'vitest'

import { createFailureLimiter } from './failureLimiter'

describe('createFailureLimiter', () => {
  it('should block a key once it has used up its failures in the window', () => {
    const limiter = createFailureLimiter({ limit: 3, windowMs: 60_000 })
    for (const second of [1, 2]) {
      limiter.recordFailure('10.0.0.1', second * 1000)
    }
    expect(limiter.isBlocked('10.0.0.1', 2500)).toBe(false)
    limiter.recordFailure('10.0.0.1', 3000)
    expect(limiter.isBlocked('10.0.0.1', 3500)).toBe(true)
  })

  it('should never block for checks alone: only failures count', () => {
    const limiter = createFailureLimiter({ limit: 1, windowMs: 60_000 })
    expect(Array.from({ length: 50 }, (_, i) => limiter.isBlocked('10.0.0.1', i))).not.toContain(true)
  })

  it('should count each key separately', () => {
    const limiter = createFailureLimiter({ limit: 1, windowMs: 60_000 })
    limiter.recordFailure('10.0.0.1', 0)
    expect(limiter.isBlocked('10.0.0.1', 1)).toBe(true)
    expect(limiter.isBlocked('10.0.0.2', 1)).toBe(false)
  })

  it('should unblock once the window has passed', () => {
    const limiter = createFailureLimiter({ limit: 1, windowMs: 60_000 })
    limiter.recordFailure('10.0.0.1', 0)
    expect(limiter.isBlocked('10.0.0.1', 59_999)).toBe(true)
    expect(limiter.isBlocked('10.0.0.1', 60_000)).toBe(false)
  })

  it('should take back an attempt counted in advance that succeeded, and never go below zero', () => {
    const limiter = createFailureLimiter({ limit: 2, windowMs: 60_000 })
    limiter.recordFailure('k', 0)
    limiter.recordFailure('k', 1)
    expect(limiter.isBlocked('k', 2)).toBe(true)
    limiter.forgive('k')
    expect(limiter.isBlocked('k', 3)).toBe(false)
    limiter.forgive('k')
    limiter.forgive('k')
    limiter.recordFailure('k', 4)
    expect(limiter.isBlocked('k', 5)).toBe(false)
  })
})
