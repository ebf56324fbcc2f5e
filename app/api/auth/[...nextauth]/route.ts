import NextAuth from 'next-auth'
import { generateExpiredPayloadCookie, parseCookies } from 'payload/shared'

import { siteOrigin } from '@/lib/auth/env'
import { authOptions } from '@/lib/auth/options'
import { type AuthenticatedUser, revokePayloadSession } from '@/lib/auth/payloadSessions'
import { isSameOriginRequest } from '@/lib/auth/sameOrigin'
import { getPayloadClient } from '@/lib/payload'

type Context = { params: Promise<{ nextauth: string[] }> }

const handle = (request: Request, context: Context) => NextAuth(authOptions())(request, context)

/**
 * Signing out of the site also ends a Payload password session held in the same browser: that
 * session is revoked and its `payload-token` cookie expired (next-auth itself revokes the Payload
 * session its own token carries, in `events.signOut`).
 */
const endPayloadSession = async (request: Request, response: Response): Promise<void> => {
  const payload = await getPayloadClient()
  const allowed = [siteOrigin(), payload.config.serverURL || null].filter((origin): origin is string => Boolean(origin))
  if (!isSameOriginRequest(request.headers, allowed.length ? allowed : [new URL(request.url).origin])) {
    return
  }
  const tokenCookie = `${payload.config.cookiePrefix}-token`
  const payloadToken = parseCookies(request.headers).get(tokenCookie)
  // Only the Payload cookie, so Payload's own strategy (not the next-auth one) names its session.
  const { user } = payloadToken
    ? await payload.auth({ headers: new Headers({ cookie: `${tokenCookie}=${payloadToken}` }) })
    : { user: null }
  const session = user as (AuthenticatedUser & typeof user) | null
  if (session?.collection === 'users' && session._strategy === 'local-jwt' && session._sid) {
    await revokePayloadSession({ payload, sid: session._sid, userId: session.id })
  }
  response.headers.append(
    'Set-Cookie',
    generateExpiredPayloadCookie({
      collectionAuthConfig: payload.collections.users.config.auth,
      cookiePrefix: payload.config.cookiePrefix,
    }),
  )
}

export const GET = handle

export const POST = async (request: Request, context: Context) => {
  const [action] = (await context.params).nextauth
  const response = await handle(request, context)
  if (action === 'signout' && response.status < 400) {
    await endPayloadSession(request, response)
  }
  return response
}
