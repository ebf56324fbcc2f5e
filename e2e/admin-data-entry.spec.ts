import { expect, test } from './fixtures'
import { chooseOption, publishFromReviewPanel, saveDraft, takeOverLockedDocuments } from './helpers/admin'
import { countryCodeTakenOn, nextCountryCode } from './helpers/countryCodes'
import { DEMO, loginAs } from './helpers/login'

test('should show an observation entered in the admin on the country’s public page', async ({ admin, page, track }) => {
  const suffix = `${test.info().workerIndex}${Date.now().toString(36)}`
  const countryName = `Testonia ${suffix}`
  const iso3 = await nextCountryCode({ isTaken: countryCodeTakenOn(admin), workerIndex: test.info().workerIndex })

  await test.step('sign in to the admin as the seeded admin', async () => {
    await page.goto('/admin')
    await page.getByLabel('Email').fill(DEMO.admin.email)
    await page.getByLabel('Password').fill(DEMO.admin.password)
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Observations' })).toBeVisible()
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/admin-dashboard.png' })
  })

  const countryId = await test.step('enter a country, saved as a draft', async () => {
    await page.goto('/admin/collections/countries/create')
    await page.getByLabel('Name').fill(countryName)
    await page.getByLabel('ISO3 code').fill(iso3)
    await chooseOption(page, { field: 'Region', option: 'Central Asia' })
    const id = await saveDraft(page)
    // Whoever wrote a change cannot publish it (four eyes): the panel says so instead of offering it.
    await expect(page.getByRole('region', { name: 'Review' })).toContainText('another editor or an admin publishes it')
    await expect(page.getByRole('button', { name: 'Publish changes' })).toHaveCount(0)
    track('countries', Number(id))
    return id
  })

  const observationId = await test.step('enter an observation for it, saved as a draft', async () => {
    await page.goto('/admin/collections/observations/create')
    await chooseOption(page, { field: 'Indicator', option: 'Railway line length' })
    await chooseOption(page, { field: 'Country', option: countryName })
    await page.getByLabel('Year').fill('2024')
    await page.getByRole('spinbutton', { exact: true, name: 'Value *' }).fill('412')
    await page.getByLabel('URL').fill('https://rail.example.org/lines')
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/admin-observation.png' })
    const id = await saveDraft(page)
    track('observations', Number(id))
    return id
  })

  await test.step('an editor publishes both from the review panel', async () => {
    await page.context().clearCookies()
    await loginAs(page, 'editor')
    await takeOverLockedDocuments(page)
    await page.goto(`/admin/collections/countries/${countryId}`)
    await page
      .getByRole('region', { name: 'Review' })
      .screenshot({ path: 'test-results/screenshots/admin-review-panel.png' })
    await publishFromReviewPanel(page)
    await page.goto(`/admin/collections/observations/${observationId}`)
    await publishFromReviewPanel(page)
  })

  await test.step('see the figure on the public country page', async () => {
    await page.goto(`/countries/testonia-${suffix}`)
    await expect(page.getByRole('heading', { level: 1, name: countryName })).toBeVisible()
    const row = page.getByRole('row', { name: /Railway line length/ })
    await expect(row).toContainText('412 km')
    await expect(row).toContainText('2024')
    await expect(row.getByRole('link', { name: 'rail.example.org' })).toHaveAttribute(
      'href',
      'https://rail.example.org/lines',
    )
  })
})
