import type { APIRequestContext } from '@playwright/test'

import { expect, request, test } from '@playwright/test'

import { CREDENTIALS_FAILED } from '../lib/auth/messages'
import { DEMO } from './helpers/login'

/**
 * The e2e server trusts one proxy (`TRUSTED_PROXY_HOPS=1`, set by scripts/e2e-server.mjs), so
 * `X-Forwarded-For` stands for the address a proxy saw: each test signs in from documentation
 * addresses of its own (RFC 5737). Without a proxy (the default) the header counts for nothing:
 * e2e/security-accounts.spec.ts.
 */
const clientAt = (baseURL: string, address: string) =>
  request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': address } })

const failLogins = async (api: APIRequestContext, count: number) => {
  for (let attempt = 0; attempt < count; attempt += 1) {
    const response = await api.post('/api/users/login', {
      data: { email: `nobody-${attempt}@crossroads.example`, password: 'not-a-password' },
    })
    expect(response.status(), `failed login ${attempt + 1}`).toBe(401)
  }
}

test('should refuse every sign-in from an address after 20 failures, through the API and /sign-in alike', async ({
  baseURL,
  browser,
}) => {
  const address = '203.0.113.20'
  const api = await clientAt(baseURL!, address)
  await failLogins(api, 20)

  const refused = await api.post('/api/users/login', { data: DEMO.editor })
  expect(refused.status()).toBe(429)
  expect(JSON.stringify(await refused.json())).toContain(
    'Too many failed sign-ins from this address. Try again in 15 minutes.',
  )
  // The address is the server's to work out: a client cannot name another one for itself.
  const forged = await api.post('/api/users/login', {
    data: DEMO.editor,
    headers: { 'x-crossroads-client-address': '198.51.100.1' },
  })
  expect(forged.status()).toBe(429)
  const overGraphql = await api.post('/api/graphql', {
    data: {
      query: `mutation { loginUser(email: "${DEMO.editor.email}", password: "${DEMO.editor.password}") { token } }`,
    },
  })
  const graphqlAnswer = await overGraphql.json()
  expect(graphqlAnswer.data?.loginUser ?? null).toBeNull()
  expect(JSON.stringify(graphqlAnswer.errors)).toContain('Too many failed sign-ins from this address')

  // /sign-in (next-auth) counts the same failures, and answers with its one message.
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address } })
  const page = await context.newPage()
  await page.goto('/sign-in')
  await page.getByRole('textbox', { name: 'Email' }).fill(DEMO.editor.email)
  await page.getByLabel('Password', { exact: true }).fill(DEMO.editor.password)
  await Promise.all([
    page.waitForResponse(/\/api\/auth\/callback\/credentials/),
    page.getByRole('button', { exact: true, name: 'Sign in' }).click(),
  ])
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveText(CREDENTIALS_FAILED)
  expect(await (await page.request.get('/api/auth/session')).json()).toEqual({})
  await context.close()

  // Another address signs in with the same account.
  const elsewhere = await clientAt(baseURL!, '203.0.113.21')
  expect((await elsewhere.post('/api/users/login', { data: DEMO.editor })).status()).toBe(200)
  await api.dispose()
  await elsewhere.dispose()
})

test('should never refuse an address for signing in successfully, however often', async ({ baseURL }) => {
  const api = await clientAt(baseURL!, '203.0.113.22')
  await failLogins(api, 19)
  for (let signIn = 0; signIn < 25; signIn += 1) {
    expect((await api.post('/api/users/login', { data: DEMO.editor })).status(), `sign-in ${signIn + 1}`).toBe(200)
  }
  await api.dispose()
})
