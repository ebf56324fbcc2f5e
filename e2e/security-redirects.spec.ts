import { expect, test } from '@playwright/test'

import { DEMO } from './helpers/login'

/**
 * Destinations that leave the site once a browser normalises them: protocol-relative, and a tab
 * (sent percent-encoded in the link) that the browser drops to make `//evil.example`.
 */
const FOREIGN_CALLBACKS = ['//evil.example/', '/\t/evil.example/']

for (const callbackUrl of FOREIGN_CALLBACKS) {
  test(`should land on the site after signing in with callbackUrl=${JSON.stringify(callbackUrl)}`, async ({
    baseURL,
    page,
  }) => {
    // Were the browser sent there, it would get this page instead of a DNS error.
    await page.route(
      (url) => url.hostname.endsWith('evil.example'),
      (route) => route.fulfill({ body: 'Left the site', contentType: 'text/plain' }),
    )
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`)
    await page.getByRole('textbox', { name: 'Email' }).fill(DEMO.analyst.email)
    await page.getByLabel('Password', { exact: true }).fill(DEMO.analyst.password)
    await page.getByRole('button', { exact: true, name: 'Sign in' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'My Crossroads' })).toBeVisible()
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin)
  })
}

test('should answer next-auth sign-ins with an address on the site whatever callbackUrl they carry', async ({
  baseURL,
  request,
}) => {
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json()
  for (const callbackUrl of ['https://evil.example/', '//evil.example', 'javascript:alert(1)', 'evil.example']) {
    const response = await request.post('/api/auth/signin/credentials', {
      form: { callbackUrl, csrfToken, email: DEMO.analyst.email, json: 'true', password: DEMO.analyst.password },
      headers: { origin: new URL(baseURL!).origin },
    })
    expect(response.status(), callbackUrl).toBeLessThan(500)
    const { url } = await response.json()
    expect(new URL(url, baseURL).origin, callbackUrl).toBe(new URL(baseURL!).origin)
  }
})
