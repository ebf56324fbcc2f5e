import { expect, test } from './fixtures'
import { loginAs } from './helpers/login'

test('should let an analyst save a draft of a published country without changing what readers see', async ({
  countries,
  page,
}) => {
  const country = await countries.create({ capital: 'Tbilisi', name: 'Draft Test Georgia' })
  await loginAs(page, 'analyst')

  await page.goto(`/admin/collections/countries/${country.id}`)
  await expect(page.getByRole('button', { name: 'Save Draft' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Publish changes' })).toHaveCount(0)
  await page.getByLabel('Capital').fill('Tbilisi (draft by analyst)')
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await expect(page.getByLabel('Capital')).toHaveValue('Tbilisi (draft by analyst)')
  await expect
    .poll(
      async () => (await (await page.request.get(`/api/countries/${country.id}?draft=true&depth=0`)).json()).capital,
    )
    .toBe('Tbilisi (draft by analyst)')

  await page.context().clearCookies()
  await page.goto(country.path)
  await expect(page.getByRole('heading', { level: 1, name: country.name })).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Facts' })).toContainText('Tbilisi')
  await expect(page.getByText('Tbilisi (draft by analyst)')).toHaveCount(0)
})
