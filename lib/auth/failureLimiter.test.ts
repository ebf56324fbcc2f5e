import { describe, expect, it } from 'vitest'

import type { SharedFailureCounter } from './failureLimiter'

import { createFailureLimiter, createSignInFailures } from './failureLimiter'

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

/** A count shared by servers, as Redis keeps it; `isDown` makes every call fail as a lost connection does. */
const sharedCounter = () => {
  const counts = new Map<string, number>()
  const state = { isDown: false }
  const check = () => {
    if (state.isDown) {
      throw new Error('The client is closed')
    }
  }
  const counter: SharedFailureCounter = {
    count: async (key) => {
      check()
      counts.set(key, (counts.get(key) ?? 0) + 1)
      return counts.get(key)!
    },
    forgive: async (key) => {
      check()
      counts.set(key, Math.max(0, (counts.get(key) ?? 0) - 1))
    },
    read: async (key) => {
      check()
      return counts.get(key) ?? 0
    },
  }
  return { counter, state }
}

describe('createSignInFailures', () => {
  const limiterOn = (shared: SharedFailureCounter | null) =>
    createSignInFailures({
      limit: 3,
      local: createFailureLimiter({ limit: 3, windowMs: 60_000 }),
      shared: () => shared,
      windowMs: 60_000,
    })

  it('should refuse on one server an address that failed on another', async () => {
    const { counter } = sharedCounter()
    const first = limiterOn(counter)
    const second = limiterOn(counter)
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await first.recordFailure('203.0.113.5')
    }
    expect(await first.isBlocked('203.0.113.5')).toBe(true)
    expect(await second.isBlocked('203.0.113.5')).toBe(true)
    await second.forgive('203.0.113.5')
    expect(await first.isBlocked('203.0.113.5')).toBe(false)
  })

  it('should keep counting in this process while the shared count is unreachable, never throwing', async () => {
    const { counter, state } = sharedCounter()
    const limiter = limiterOn(counter)
    state.isDown = true
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await limiter.recordFailure('203.0.113.6')
    }
    expect(await limiter.isBlocked('203.0.113.6')).toBe(true)
    await expect(limiter.forgive('203.0.113.6')).resolves.toBeUndefined()
    expect(await limiter.isBlocked('203.0.113.6')).toBe(false)
  })

  it('should count in this process alone without a shared count', async () => {
    const limiter = limiterOn(null)
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await limiter.recordFailure('203.0.113.7')
    }
    expect(await limiter.isBlocked('203.0.113.7')).toBe(true)
  })
})
