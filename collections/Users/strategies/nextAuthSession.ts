import type { AuthStrategy, AuthStrategyFunction } from 'payload'

import { getToken } from 'next-auth/jwt'
import { parseCookies } from 'payload/shared'

import type { User } from '@/payload-types'

import { authSecret, siteOrigin, usesSecureCookies } from '@/lib/auth/env'
import { findActiveSession } from '@/lib/auth/payloadSessions'
import { isSameOriginRequest } from '@/lib/auth/sameOrigin'

export const NEXT_AUTH_STRATEGY = 'next-auth'

const userIdInPayloadToken = (payloadToken: string | undefined): null | number | string => {
  try {
    const claims = JSON.parse(Buffer.from(payloadToken?.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      id?: unknown
    }
    return typeof claims.id === 'number' || typeof claims.id === 'string' ? claims.id : null
  } catch {
    return null
  }
}

/**
 * Authenticates Payload requests (admin, REST, GraphQL) with the next-auth session cookie. The
 * token names a Payload user and one of their Payload sessions, so the role always comes from
 * Payload, and signing out of either side (which removes that session) ends both.
 */
const authenticate: AuthStrategyFunction = async ({ headers, payload }) => {
  const cookies = parseCookies(headers)
  const token = await getToken({
    // Cookies only: getToken would also accept an `Authorization: Bearer` next-auth token.
    req: { cookies: Object.fromEntries(cookies), headers: {} } as unknown as Parameters<typeof getToken>[0]['req'],
    secret: authSecret(),
    secureCookie: usesSecureCookies(),
  })
  if (!token?.uid || typeof token.sid !== 'string') {
    return { user: null }
  }
  const allowedOrigins = [siteOrigin(), payload.config.serverURL || null, ...payload.config.csrf].filter(
    (origin): origin is string => Boolean(origin),
  )
  if (!isSameOriginRequest(headers, allowedOrigins)) {
    return { user: null }
  }
  // Custom strategies run before Payload's own: a Payload login of someone else in the same
  // browser (the break-glass password form) must win over this cookie. Payload verifies that
  // token itself next; reading its user id unverified here only decides who goes first.
  const payloadTokenUser = userIdInPayloadToken(cookies.get(`${payload.config.cookiePrefix}-token`))
  if (payloadTokenUser !== null && String(payloadTokenUser) !== String(token.uid)) {
    return { user: null }
  }
  const user = (await payload
    .findByID({ collection: 'users', depth: 0, disableErrors: true, id: token.uid, overrideAccess: true })
    .catch(() => null)) as null | User
  if (!user || !findActiveSession(user, token.sid)) {
    return { user: null }
  }
  return { user: { ...user, _sid: token.sid, _strategy: NEXT_AUTH_STRATEGY, collection: 'users' } }
}

export const nextAuthSession: AuthStrategy = { authenticate, name: NEXT_AUTH_STRATEGY }
