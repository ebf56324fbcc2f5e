/**
 * A fixed-window attempt counter per key (e.g. client IP), kept in memory. It slows down password
 * guessing across many accounts from one address (a success does not reset it, or one valid
 * account would unlock unlimited guesses); Payload's per-account lockout covers one account
 * attacked from many addresses. Memory stays bounded because expired windows are swept.
 */
export type RateLimiter = {
  /** Records an attempt; `false` means the key has used up its attempts for this window. */
  attempt: (key: string, now?: number) => boolean
}

export const createRateLimiter = ({ limit, windowMs }: { limit: number; windowMs: number }): RateLimiter => {
  const windows = new Map<string, { count: number; startedAt: number }>()
  let lastSweep = 0

  const sweep = (now: number) => {
    if (now - lastSweep < windowMs) {
      return
    }
    lastSweep = now
    for (const [key, window] of windows) {
      if (now - window.startedAt >= windowMs) {
        windows.delete(key)
      }
    }
  }

  return {
    attempt: (key, now = Date.now()) => {
      sweep(now)
      const window = windows.get(key)
      if (!window || now - window.startedAt >= windowMs) {
        windows.set(key, { count: 1, startedAt: now })
        return true
      }
      window.count += 1
      return window.count <= limit
    },
  }
}
