import type { Page } from '@playwright/test'

import { expect, test } from '@playwright/test'

import { SSO_EMAIL_NOT_VERIFIED_MESSAGE } from '../lib/auth/messages'
import { DEMO } from './helpers/login'

/**
 * The test identity provider (e2e/idp) vouches for some addresses and not for others: single
 * sign-on with an unverified or unclaimed address reaches no account, old or new, and says why.
 */

/** Signs in through the test identity provider and expects to be sent back to /sign-in. */
const refusedSso = async (page: Page, login: string) => {
  await page.goto('/sign-in?callbackUrl=/my')
  await page.getByRole('button', { name: 'Continue with Crossroads SSO' }).click()
  await page.getByPlaceholder('Enter any login').fill(login)
  await page.getByPlaceholder('and password').fill('any-password')
  await page.getByRole('button', { name: 'Sign-in' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page).toHaveURL(/\/sign-in\?error=SsoEmailNotVerified/)
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveText(SSO_EMAIL_NOT_VERIFIED_MESSAGE)
  expect(await (await page.request.get('/api/auth/session')).json()).toEqual({})
  expect((await (await page.request.get('/api/users/me')).json()).user).toBeNull()
}

test('should not link an existing account when the provider says its email is not verified', async ({ page }) => {
  // The identity provider claims the demo analyst's address with email_verified: false.
  await refusedSso(page, DEMO.analyst.email)
})

test('should not create an account when the provider sends no email_verified claim', async ({ page, request }) => {
  const login = 'no-claim.sso@mail.example'
  await refusedSso(page, login)
  expect((await request.post('/api/users/login', { data: DEMO.admin })).ok()).toBe(true)
  const found = await (await request.get(`/api/users?where[email][equals]=${encodeURIComponent(login)}`)).json()
  expect(found.totalDocs).toBe(0)
})
