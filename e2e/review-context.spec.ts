import { expect, test } from './fixtures'
import { loginAs } from './helpers/login'

const INDICATOR = 'infrastructure-project-cost'
const PUBLISHED = '$2.8 bn'
const SLIPPED = '$2,800,000.0 bn'

test('should show a figure slipped by a factor of a million in its series and preview it for staff only', async ({
  admin,
  browser,
  countries,
  observations,
  page,
  track,
}) => {
  const country = await countries.create({ name: 'Context Test Republic' })
  for (const [year, value] of [
    [2018, 2.4e9],
    [2019, 2.5e9],
    [2020, 2.6e9],
    [2021, 2.7e9],
  ]) {
    await observations.create({ country: country.id, indicator: INDICATOR, value, year })
  }
  const figure = await observations.create({ country: country.id, indicator: INDICATOR, value: 2.8e9, year: 2022 })
  const previewEntry = `/api/preview?collection=observations&id=${figure.id}`

  await test.step('analyst multiplies the published figure by a million and submits it', async () => {
    await loginAs(page, 'analyst')
    await page.goto(`/admin/collections/observations/${figure.id}`)
    await page.getByLabel(/^Value/).fill('2800000000000000')
    await page.getByRole('button', { name: 'Submit for review' }).click()
    await expect(page.getByRole('region', { name: 'Review' })).toContainText('In review')
  })

  await test.step('editor sees the figure among its published periods, old and new marked', async () => {
    await page.context().clearCookies()
    await loginAs(page, 'editor')
    await page.goto(`/admin/review/observations/${figure.id}`)
    const section = page.getByRole('region', { name: 'The figure in its series' })
    const chart = section.getByRole('img', { name: /this figure among 4 published periods of its series/ })
    await expect(chart).toBeVisible()
    await expect(chart).toContainText(`Published ${PUBLISHED}`)
    await expect(chart).toContainText(`Proposed ${SLIPPED}`)
    await expect(chart).toContainText('log scale')
    await expect(section).toContainText('Logarithmic scale: the largest value is 1,200,000 times the smallest.')
    const table = section.getByRole('table', { name: 'The series as text' })
    await expect(table.getByRole('row')).toHaveCount(7)
    await expect(table.getByRole('row', { name: `2022 ${PUBLISHED} Published (this figure now)` })).toBeVisible()
    await expect(table.getByRole('row', { name: `2022 ${SLIPPED} Proposed (this change)` })).toBeVisible()
    await expect(table.getByRole('row', { name: '2018 $2.4 bn Published' })).toBeVisible()
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/review-context-figure.png' })
  })

  await test.step('editor previews the country profile with the proposed value and the banner', async () => {
    await page.getByRole('link', { name: 'Preview the public page' }).click()
    await expect(page).toHaveURL(new RegExp(`/preview/observations/${figure.id}$`))
    const banner = page.getByRole('status', { name: 'Preview' })
    await expect(banner).toContainText('Preview — not published.')
    await expect(page.getByRole('heading', { level: 1, name: country.name })).toBeVisible()
    await expect(page.getByRole('main')).toContainText(SLIPPED)
    await expect(banner.getByRole('link', { name: 'Exit preview (published page)' })).toHaveAttribute(
      'href',
      country.path,
    )
    const response = await page.request.get(`/preview/observations/${figure.id}`)
    expect(response.status()).toBe(200)
    expect(response.headers()['cache-control']).toMatch(/private/)
    expect(response.headers()['cache-control']).toMatch(/no-store/)
    await page.screenshot({ fullPage: false, path: 'test-results/screenshots/review-context-preview.png' })
  })

  await test.step('a signed-out visitor still gets the published value, and no preview', async () => {
    const visitor = await browser.newContext()
    const visitorPage = await visitor.newPage()
    await visitorPage.goto(country.path)
    await expect(visitorPage.getByRole('main')).toContainText(PUBLISHED)
    await expect(visitorPage.getByRole('main')).not.toContainText(SLIPPED)
    await expect(visitorPage.getByRole('status', { name: 'Preview' })).toHaveCount(0)
    expect((await visitorPage.request.get(previewEntry, { maxRedirects: 0 })).status()).toBe(403)
    expect((await visitorPage.request.get(`/preview/observations/${figure.id}`)).status()).toBe(404)
    await visitor.addCookies([{ name: '__prerender_bypass', url: page.url(), value: 'forged' }])
    const forged = await visitorPage.request.get(country.path)
    expect(await forged.text()).not.toContain(SLIPPED)
    await visitor.close()
  })

  await test.step('a reader cannot open the preview', async () => {
    const reader = { email: `preview-reader-${Date.now()}@mail.example`, password: 'a-reader-password-1' }
    const created = await admin.post('/api/users', { data: { ...reader, name: 'Preview Reader', role: 'reader' } })
    expect(created.ok(), await created.text()).toBe(true)
    track('users', ((await created.json()) as { doc: { id: number } }).doc.id)
    const readerContext = await browser.newContext()
    const readerPage = await readerContext.newPage()
    expect((await readerPage.request.post('/api/users/login', { data: reader })).ok()).toBe(true)
    expect((await readerPage.request.get(previewEntry, { maxRedirects: 0 })).status()).toBe(403)
    expect((await readerPage.request.get(`/preview/observations/${figure.id}`)).status()).toBe(404)
    await readerContext.close()
  })
})
