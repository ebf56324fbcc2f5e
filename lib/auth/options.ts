import type { NextAuthOptions } from 'next-auth'
import type { OAuthConfig } from 'next-auth/providers/oauth'

import CredentialsProvider from 'next-auth/providers/credentials'

import type { User } from '@/payload-types'

import { getPayloadClient } from '@/lib/payload'

import { redirectWithinSite } from './callbackUrl'
import { clientAddress, verifyCredentials } from './credentials'
import { authSecret, oidcSettings, usesSecureCookies } from './env'
import { findActiveSession, openPayloadSession, revokePayloadSession } from './payloadSessions'
import { SSO_EMAIL_NOT_VERIFIED } from './messages'
import { findOrProvisionSsoUser, isVerifiedEmailClaim } from './provisionSsoUser'

export const OIDC_PROVIDER_ID = 'oidc'

/** Same lifetime as a Payload session (users `tokenExpiration`), which the token is tied to. */
const SESSION_MAX_AGE_S = 8 * 60 * 60

type OidcProfile = Record<string, unknown> & { email?: string; email_verified?: unknown; name?: string; sub: string }

const oidcProvider = (): null | OAuthConfig<OidcProfile> => {
  const settings = oidcSettings()
  if (!settings) {
    return null
  }
  return {
    authorization: { params: { scope: settings.scope } },
    checks: ['pkce', 'state', 'nonce'],
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    id: OIDC_PROVIDER_ID,
    idToken: true,
    name: settings.name,
    profile: (profile) => ({ email: profile.email ?? null, id: profile.sub, name: profile.name ?? null }),
    type: 'oauth',
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
  }
}

const credentialsProvider = CredentialsProvider({
  authorize: async (credentials, req) => {
    const payload = await getPayloadClient()
    const user = await verifyCredentials({
      address: clientAddress(req.headers),
      email: credentials?.email,
      password: credentials?.password,
      payload,
    })
    return user ? { ...user, id: String(user.id) } : null
  },
  credentials: {
    email: { label: 'Email', type: 'email' },
    password: { label: 'Password', type: 'password' },
  },
  id: 'credentials',
  name: 'Email and password',
})

const readStoredUser = async (id: unknown): Promise<null | User> => {
  if (typeof id !== 'number' && typeof id !== 'string') {
    return null
  }
  const payload = await getPayloadClient()
  return payload.db.findOne<User>({ collection: 'users', where: { id: { equals: id } } })
}

/**
 * next-auth v4 with JWT sessions. The token holds a Payload user id and a Payload session id;
 * Payload stays the source of truth for the person, their role and whether the session is live.
 */
export const authOptions = (): NextAuthOptions => ({
  callbacks: {
    jwt: async ({ account, profile, token, user }) => {
      if (account?.provider === OIDC_PROVIDER_ID && profile) {
        const claims = profile as OidcProfile
        const payload = await getPayloadClient()
        const payloadUser = await findOrProvisionSsoUser({
          claims,
          email: String(claims.email),
          name: claims.name,
          payload,
        })
        if (!payloadUser) {
          throw new Error('No account may be created yet.')
        }
        return {
          ...token,
          name: payloadUser.name,
          role: payloadUser.role,
          sid: await openPayloadSession(payload, payloadUser.id),
          uid: payloadUser.id,
        }
      }
      if (account?.provider === 'credentials' && user) {
        const verified = user as unknown as { id: string; name: string; role: string; sid: string }
        return {
          ...token,
          name: verified.name,
          role: verified.role,
          sid: verified.sid,
          uid: Number.isNaN(Number(verified.id)) ? verified.id : Number(verified.id),
        }
      }
      // Every later read re-checks Payload: a revoked session, a deleted account or a changed role
      // take effect at once. Throwing makes next-auth drop its cookie.
      const stored = await readStoredUser(token.uid)
      if (!stored || !findActiveSession(stored, token.sid)) {
        throw new Error('The Payload session has ended.')
      }
      return { ...token, name: stored.name, role: stored.role }
    },
    // After signing in or out: this site only, whatever `callbackUrl` a link carried.
    redirect: redirectWithinSite,
    session: ({ session, token }) => ({
      ...session,
      user: {
        email: token.email ?? null,
        name: token.name ?? null,
        role: typeof token.role === 'string' ? token.role : 'reader',
      },
    }),
    signIn: ({ account, profile }) => {
      if (account?.provider !== OIDC_PROVIDER_ID) {
        return true
      }
      const claims = profile as OidcProfile | undefined
      if (typeof claims?.email !== 'string' || !claims.email.includes('@')) {
        return false
      }
      // The account is matched by email, so only an address the IdP vouches for may sign in.
      // Thrown, next-auth sends the person to `/sign-in?error=SsoEmailNotVerified`.
      if (!isVerifiedEmailClaim(claims)) {
        throw new Error(SSO_EMAIL_NOT_VERIFIED)
      }
      return true
    },
  },
  events: {
    signOut: async ({ token }) => {
      if (token?.uid && typeof token.sid === 'string') {
        const payload = await getPayloadClient()
        await revokePayloadSession({ payload, sid: token.sid, userId: token.uid as number | string })
      }
    },
  },
  pages: { error: '/sign-in', signIn: '/sign-in' },
  providers: [oidcProvider(), credentialsProvider].filter((provider) => provider !== null),
  secret: authSecret(),
  session: { maxAge: SESSION_MAX_AGE_S, strategy: 'jwt' },
  useSecureCookies: usesSecureCookies(),
})
