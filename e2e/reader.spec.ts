import { expect, test } from '@playwright/test'

const CORRIDOR = 'Kazakhstan–Kyrgyzstan corridor-based integration and the Almaty–Bishkek Economic Corridor'

test('should list published analysis and countries on the home page', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Analysis and data')
  await expect(page.getByRole('heading', { name: 'Latest analysis' })).toBeVisible()
  await expect(page.getByRole('link', { name: CORRIDOR }).first()).toBeVisible()
  await expect(page.getByRole('link', { name: /Kazakhstan\s*Astana/ })).toBeVisible()
  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/home.png' })
})

test('should open an analysis from the home page with its author', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: CORRIDOR }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CORRIDOR)
  await expect(page.getByText('By Rafis Abazov')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'About the author' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Kyrgyzstan' }).first()).toHaveAttribute('href', '/countries/kyrgyzstan')
})

test('should follow a figure’s source to the numbered endnote of the analysis', async ({ page }) => {
  await page.goto('/countries/kazakhstan')
  const row = page.getByRole('row', { name: /Bilateral trade turnover Kazakhstan × Uzbekistan Jan–Aug 2025/ })
  await row.getByRole('link', { name: /The Ascendant Axis in Central Asia.*note 1/ }).click()
  await expect(page).toHaveURL(/\/articles\/ascendant-axis-central-asia-kazakhstan-uzbekistan#note-i$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The Ascendant Axis in Central Asia: Kazakhstan and Uzbekistan',
  )
  await expect(page.getByText('By Ergün Mamedov')).toBeVisible()
  await expect(page.getByRole('link', { exact: true, name: 'Note 1' })).toHaveAttribute('href', '#note-i')
  await expect(page.locator('#note-i')).toContainText('News.Az')
  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/article.png' })
})

test('should show a country profile with sourced figures', async ({ page }) => {
  await page.goto('/countries/kazakhstan')
  await expect(page.getByRole('heading', { level: 1, name: 'Kazakhstan' })).toBeVisible()
  await expect(page.getByText('Astana').first()).toBeVisible()
  const row = page.getByRole('row', { name: /Bilateral trade turnover Kazakhstan × Uzbekistan Jan–Aug 2025/ })
  await expect(row).toContainText('$3.0 bn')
  await expect(row.getByRole('link', { name: /The Ascendant Axis/ })).toHaveAttribute(
    'href',
    '/articles/ascendant-axis-central-asia-kazakhstan-uzbekistan#note-i',
  )
  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/country.png' })
})

test('should answer an unknown address with a helpful not-found page', async ({ page }) => {
  const response = await page.goto('/articles/no-such-analysis')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
})
