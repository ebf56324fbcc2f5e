import { productionServer } from '@/server/productionServer.mjs'

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

/** The same counts kept where every server sees them (Redis, `server/redisCoordination.mjs`). */
export type SharedFailureCounter = {
  /** Counts one failure for `key` and answers the count in its window, which starts with the first. */
  count: (key: string, windowMs: number) => Promise<number>
  forgive: (key: string) => Promise<void>
  read: (key: string) => Promise<number>
}

/** `FailureLimiter` across servers: every answer may wait for Redis. */
export type SignInFailures = {
  forgive: (key: string) => Promise<void>
  isBlocked: (key: string) => Promise<boolean>
  recordFailure: (key: string) => Promise<void>
}

/**
 * Counts in `shared` when there is one, and always in this process's `local` limiter too: when
 * Redis does not answer, the limit still holds for what this server saw (a request is never failed
 * for it).
 */
export const createSignInFailures = ({
  limit,
  local,
  shared,
  windowMs,
}: {
  limit: number
  local: FailureLimiter
  shared: () => null | SharedFailureCounter
  windowMs: number
}): SignInFailures => {
  const withFallback = async <T>(ask: (counter: SharedFailureCounter) => Promise<T>, fallback: () => T) => {
    const counter = shared()
    if (!counter) {
      return fallback()
    }
    try {
      return await ask(counter)
    } catch {
      // Redis is unreachable; the coordination's log line says so once.
      return fallback()
    }
  }
  return {
    forgive: async (key) => {
      local.forgive(key)
      await withFallback((counter) => counter.forgive(key), () => undefined)
    },
    isBlocked: (key) =>
      withFallback(
        async (counter) => (await counter.read(key)) >= limit,
        () => local.isBlocked(key),
      ),
    recordFailure: async (key) => {
      local.recordFailure(key)
      await withFallback(
        async (counter) => {
          await counter.count(key, windowMs)
        },
        () => undefined,
      )
    },
  }
}

const SIGN_IN_FAILURES = Symbol.for('crossroads.signInFailuresPerAddress')
const SIGN_IN_FAILURE_LIMIT = 20
const SIGN_IN_FAILURE_WINDOW_MS = 15 * 60 * 1000

/**
 * The one count of failed sign-ins per client address, shared by next-auth's password sign-in and
 * Payload's own login (REST, GraphQL), which Next.js bundles apart: kept on `globalThis`. With
 * `REDIS_URL` the count is kept in Redis, so the limit holds across every server.
 */
export const signInFailuresPerAddress = (): SignInFailures => {
  const holder = globalThis as typeof globalThis & { [SIGN_IN_FAILURES]?: SignInFailures }
  holder[SIGN_IN_FAILURES] ??= createSignInFailures({
    limit: SIGN_IN_FAILURE_LIMIT,
    local: createFailureLimiter({ limit: SIGN_IN_FAILURE_LIMIT, windowMs: SIGN_IN_FAILURE_WINDOW_MS }),
    shared: () => productionServer()?.redis?.failures ?? null,
    windowMs: SIGN_IN_FAILURE_WINDOW_MS,
  })
  return holder[SIGN_IN_FAILURES]
}
