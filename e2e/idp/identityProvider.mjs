// A real OpenID Connect identity provider (oidc-provider, OpenID-certified) for the sign-in e2e
// tests, on 127.0.0.1 only. Its accounts are fixtures; the built-in dev login form accepts any
// password, which is fine for a provider that only exists while the tests run.
import Provider from 'oidc-provider'

/**
 * Test accounts by login (which is also the email): an editor mapped from the `groups` claim, two
 * plain readers (the second for the change digest, whose settings are one per person), and two whose address the provider does not vouch for: the demo analyst's address
 * marked unverified, and a new address without the `email_verified` claim at all.
 */
export const IDP_ACCOUNTS = {
  'analyst@crossroads.example': { email_verified: false, groups: [], name: 'Not The Analyst' },
  'editor.sso@crossroads.example': { email_verified: true, groups: ['crossroads-editors'], name: 'Saule SSO Editor' },
  'no-claim.sso@mail.example': { groups: [], name: 'Nadia No Claim' },
  'digest.reader@mail.example': { email_verified: true, groups: [], name: 'Dana Digest Reader' },
  'reader.sso@mail.example': { email_verified: true, groups: [], name: 'Rahim SSO Reader' },
}

export const startIdentityProvider = async ({ clientId, clientSecret, port, redirectUri }) => {
  const issuer = `http://127.0.0.1:${port}`
  const provider = new Provider(issuer, {
    claims: { email: ['email', 'email_verified'], groups: ['groups'], openid: ['sub'], profile: ['name'] },
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        grant_types: ['authorization_code'],
        redirect_uris: [redirectUri],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    // next-auth v4 builds the profile from the ID token, so the claims must be in it.
    conformIdTokenClaims: false,
    cookies: { keys: ['crossroads-e2e-idp-only'] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_context, id) => {
      const account = IDP_ACCOUNTS[id]
      return account ? { accountId: id, claims: () => ({ email: id, sub: id, ...account }) } : undefined
    },
    pkce: { required: () => true },
  })
  const server = await new Promise((resolve) => {
    const listening = provider.listen(port, '127.0.0.1', () => resolve(listening))
  })
  return { close: () => server.close(), issuer }
}
