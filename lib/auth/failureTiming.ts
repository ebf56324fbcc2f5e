/**
 * Every failed sign-in, and every answer to "forgot password", takes at least this long, so an
 * unknown email, a wrong password and a locked account cannot be told apart by timing (password
 * hashing alone takes tens of milliseconds; an unknown email takes almost none).
 */
export const FAILURE_DURATION_MS = 700

/** Resolves at `time` (a `Date.now()` value), or at once when it has passed. */
export const waitUntil = (time: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())))
