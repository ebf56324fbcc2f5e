import type { Page } from '@playwright/test'

import { expect, test } from './fixtures'
import { signInWithSso } from './helpers/ssoSignIn'

const READER_LOGIN = 'reader.sso@mail.example'

/** Reader pages of every kind, as a visitor without a session opens them (server/scriptFreePages.mjs). */
const READER_PAGES = [
  { heading: 'Analysis and data on the region between the powers', path: '/' },
  { heading: 'Kazakhstan', path: '/countries/kazakhstan' },
  { heading: 'Bilateral trade turnover', path: '/indicators/bilateral-trade-volume' },
  { heading: 'Compare countries', path: '/compare?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume' },
  {
    heading: 'The Ascendant Axis in Central Asia: Kazakhstan and Uzbekistan',
    path: '/articles/ascendant-axis-central-asia-kazakhstan-uzbekistan',
  },
  { heading: 'Authors', path: '/authors' },
  { heading: /^Results for “corridor”/, path: '/search?q=corridor' },
] as const

/** Every script the page asks the browser for while it loads and settles. */
const scriptsLoadedBy = async (page: Page, path: string) => {
  const scripts: string[] = []
  const onRequest = (request: { resourceType: () => string; url: () => string }) => {
    if (request.resourceType() === 'script') {
      scripts.push(new URL(request.url()).pathname)
    }
  }
  page.on('request', onRequest)
  await page.goto(path)
  await page.waitForLoadState('networkidle')
  page.off('request', onRequest)
  return scripts
}

test('should give a visitor without a session every reader page as HTML with one small script', async ({ page }) => {
  for (const { heading, path } of READER_PAGES) {
    await test.step(path, async () => {
      const scripts = await scriptsLoadedBy(page, path)
      expect(scripts, `scripts of ${path}`).toEqual(['/reader.js'])
      await expect(page.locator('html')).toHaveAttribute('data-scripts', 'none')
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      // What the client components show a signed-out visitor is there without them.
      await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible()
    })
  }
  await page.goto('/countries/kazakhstan')
  await expect(page.getByRole('link', { name: 'Sign in to follow Kazakhstan' })).toHaveAttribute(
    'href',
    '/sign-in?callbackUrl=%2Fcountries%2Fkazakhstan',
  )
  await expect(page.getByRole('link', { name: 'Kazakhstan' }).first()).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Countries' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/script-free-profile.png' })

  await page.goto('/articles/ascendant-axis-central-asia-kazakhstan-uzbekistan')
  const structuredData = await page.locator('script[type="application/ld+json"]').allTextContents()
  expect(structuredData.map((text) => JSON.parse(text)['@type'])).toContain('Article')
})

test('should update a comparison as soon as a box is ticked, with the page’s one small script', async ({ page }) => {
  const scripts = await scriptsLoadedBy(page, '/compare?countries=kazakhstan')
  expect(scripts).toEqual(['/reader.js'])

  await page.getByRole('checkbox', { exact: true, name: 'Uzbekistan' }).check()
  await expect(page).toHaveURL(/\/compare\?countries=kazakhstan,uzbekistan$/)
  await page.getByRole('checkbox', { name: /^Bilateral trade turnover/ }).check()
  await expect(page).toHaveURL(/\/compare\?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume$/)
  await expect(page.getByRole('row', { name: /^Kazakhstan × Uzbekistan(?! \()/ }).first()).toContainText('$3.0 bn')
  await expect(page.getByRole('link', { name: 'Sign in to save this comparison' })).toBeVisible()
  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/script-free-compare.png' })
  await page.goBack()
  await expect(page).toHaveURL(/\/compare\?countries=kazakhstan,uzbekistan$/)
})

test('should give a signed-in reader the interactive page with their account controls', async ({ page }) => {
  await signInWithSso(page, { callbackUrl: '/my', login: READER_LOGIN })

  const scripts = await scriptsLoadedBy(page, '/countries/kazakhstan')
  expect(scripts.filter((script) => script.startsWith('/_next/static/')).length).toBeGreaterThan(0)
  expect(scripts).not.toContain('/reader.js')
  await expect(page.locator('html')).not.toHaveAttribute('data-scripts', 'none')
  await expect(page.getByRole('button', { name: /^(Follow|Unfollow) Kazakhstan$/ })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Sign in' })).toHaveCount(0)
})

test('should tell caches that a reader page differs with the visitor’s cookies', async ({ request }) => {
  for (const path of ['/', '/countries/kazakhstan', '/compare?countries=kazakhstan']) {
    const response = await request.get(path)
    expect(response.headers().vary, path).toMatch(/(?:^|,\s*)Cookie(?:,|$)/)
    expect(await response.text(), path).not.toMatch(/<script[^>]*src="\/_next\//)
  }
})
