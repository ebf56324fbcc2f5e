import type { Payload } from 'payload'

import { AuthenticationError, LockedAuth } from 'payload'

import type { User } from '@/payload-types'

import { productionServer } from '@/server/productionServer.mjs'
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressOf,
  DEFAULT_TRUSTED_PROXY_HOPS,
  parseTrustedProxyHops,
} from '@/server/clientAddress.mjs'

import { signInFailuresPerAddress } from './failureLimiter'
import { FAILURE_DURATION_MS, waitUntil } from './failureTiming'

export type VerifiedUser = Pick<User, 'email' | 'id' | 'name' | 'role'> & { sid: string }

/** The session id inside a Payload token (already verified: it was just issued by `payload.login`). */
const sessionIdOf = (token: string): unknown =>
  (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sid?: unknown }).sid

type RequestHeaders = Headers | Record<string, string | string[] | undefined> | undefined

const headerOf = (headers: RequestHeaders, name: string): string | string[] | undefined =>
  headers instanceof Headers ? (headers.get(name) ?? undefined) : headers?.[name]

const trustedProxyHops = (): number => {
  try {
    return parseTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS)
  } catch {
    // `server/index.mjs` refuses a bad value at start-up; elsewhere (next dev) the default will do.
    return DEFAULT_TRUSTED_PROXY_HOPS
  }
}

/**
 * The client address sign-in failures are counted under. Under `server/index.mjs` it is the one the
 * server worked out from the connection (`server/clientAddress.mjs`), which a client cannot
 * set; elsewhere (next dev) it is read from `X-Forwarded-For` the same way, without the socket.
 */
export const clientAddress = (headers: RequestHeaders): string => {
  const stamped = productionServer() ? headerOf(headers, CLIENT_ADDRESS_HEADER) : undefined
  if (typeof stamped === 'string' && stamped) {
    return stamped
  }
  return clientAddressOf({
    forwardedFor: headerOf(headers, 'x-forwarded-for'),
    socketAddress: undefined,
    trustedHops: trustedProxyHops(),
  })
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
  const failures = signInFailuresPerAddress()
  if (!(await failures.isBlocked(address)) && typeof email === 'string' && typeof password === 'string') {
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
  await failures.recordFailure(address)
  await waitUntil(startedAt + FAILURE_DURATION_MS)
  return null
}
