import type { Page } from '@playwright/test'

import { expect } from '@playwright/test'

/**
 * Signs in through /sign-in and the test identity provider (e2e/idp): its dev login form takes the
 * account's login and any password, then asks for consent.
 */
export const signInWithSso = async (page: Page, { callbackUrl, login }: { callbackUrl: string; login: string }) => {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`)
  await page.getByRole('button', { name: 'Continue with Crossroads SSO' }).click()
  await page.getByPlaceholder('Enter any login').fill(login)
  await page.getByPlaceholder('and password').fill('any-password')
  await page.getByRole('button', { name: 'Sign-in' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page).toHaveURL(new RegExp(`^[^?]*${callbackUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
}
