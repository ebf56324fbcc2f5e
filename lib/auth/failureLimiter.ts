/**
 * Failed sign-ins counted per key (a client address) in a fixed window, in memory. It slows down
 * password guessing across many accounts from one address; Payload's per-account lockout covers one
 * account attacked from many addresses. Only failures count, so an office signing in from behind
 * one address is never refused for signing in often; a success does not reset the count either, or
 * one valid account would unlock unlimited guesses. Memory stays bounded: expired windows are swept.
 */
export type FailureLimiter = {
  /** True when the key has used up its failures for this window: refuse before checking anything. */
  isBlocked: (key: string, now?: number) => boolean
  /** Counts a failure, or an attempt whose outcome is not known yet (see `forgive`). */
  recordFailure: (key: string, now?: number) => void
  /** Takes back one counted attempt that turned out to succeed. */
  forgive: (key: string) => void
}

export const createFailureLimiter = ({ limit, windowMs }: { limit: number; windowMs: number }): FailureLimiter => {
  const windows = new Map<string, { failures: number; startedAt: number }>()
  let lastSweep = 0

  const current = (key: string, now: number) => {
    if (now - lastSweep >= windowMs) {
      lastSweep = now
      for (const [swept, window] of windows) {
        if (now - window.startedAt >= windowMs) {
          windows.delete(swept)
        }
      }
    }
    const window = windows.get(key)
    return window && now - window.startedAt < windowMs ? window : undefined
  }

  return {
    forgive: (key) => {
      const window = windows.get(key)
      if (window && window.failures > 0) {
        window.failures -= 1
      }
    },
    isBlocked: (key, now = Date.now()) => (current(key, now)?.failures ?? 0) >= limit,
    recordFailure: (key, now = Date.now()) => {
      const window = current(key, now)
      if (window) {
        window.failures += 1
      } else {
        windows.set(key, { failures: 1, startedAt: now })
      }
    },
  }
}

const SIGN_IN_FAILURES = Symbol.for('crossroads.signInFailuresPerAddress')

/**
 * The one count of failed sign-ins per client address, shared by next-auth's password sign-in and
 * Payload's own login (REST, GraphQL), which Next.js bundles apart: kept on `globalThis`.
 */
export const signInFailuresPerAddress = (): FailureLimiter => {
  const holder = globalThis as typeof globalThis & { [SIGN_IN_FAILURES]?: FailureLimiter }
  holder[SIGN_IN_FAILURES] ??= createFailureLimiter({ limit: 20, windowMs: 15 * 60 * 1000 })
  return holder[SIGN_IN_FAILURES]
}
