import type { Payload } from 'payload'

import { AuthenticationError, LockedAuth } from 'payload'

import type { User } from '@/payload-types'

import { createRateLimiter } from './rateLimiter'

/** Sign-in attempts one client address may make per window, whatever accounts it tries. */
const signInAttemptsPerAddress = createRateLimiter({ limit: 20, windowMs: 15 * 60 * 1000 })

/**
 * Failed attempts all take at least this long, so an unknown email, a wrong password, a locked
 * account and a rate-limited address cannot be told apart by timing (password hashing alone
 * takes tens of milliseconds; an unknown email takes almost none).
 */
const FAILURE_DURATION_MS = 700

export type VerifiedUser = Pick<User, 'email' | 'id' | 'name' | 'role'> & { sid: string }

/** The session id inside a Payload token (already verified: it was just issued by `payload.login`). */
const sessionIdOf = (token: string): unknown =>
  (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sid?: unknown }).sid

const waitUntil = (time: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())))

/** The client address for rate limiting: the first hop of X-Forwarded-For set by our proxy, or X-Real-IP. */
export const clientAddress = (headers: Record<string, string | string[] | undefined> | undefined): string => {
  const forwarded = headers?.['x-forwarded-for']
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim()
  const realIp = headers?.['x-real-ip']
  return first || (Array.isArray(realIp) ? realIp[0] : realIp) || 'unknown'
}

/**
 * Email + password checked by Payload's own login, so its per-account lockout (`maxLoginAttempts`,
 * `lockTime`) applies and a Payload session is opened. Every failure returns `null`: callers show
 * one message whether the email is unknown, the password wrong or the account locked.
 */
export const verifyCredentials = async ({
  address,
  email,
  password,
  payload,
}: {
  address: string
  email: unknown
  password: unknown
  payload: Payload
}): Promise<null | VerifiedUser> => {
  const startedAt = Date.now()
  if (signInAttemptsPerAddress.attempt(address) && typeof email === 'string' && typeof password === 'string') {
    try {
      const { token, user } = await payload.login({ collection: 'users', data: { email, password } })
      const sid = token ? sessionIdOf(token) : undefined
      if (user && typeof sid === 'string') {
        return { email: user.email, id: user.id, name: user.name, role: user.role, sid }
      }
    } catch (err) {
      // Expected for wrong credentials and locked accounts; anything else is worth a log line.
      if (!(err instanceof AuthenticationError || err instanceof LockedAuth)) {
        payload.logger.error({ err, msg: 'Credentials sign-in failed unexpectedly' })
      }
    }
  }
  await waitUntil(startedAt + FAILURE_DURATION_MS)
  return null
}
