import type { Page } from '@playwright/test'

import AxeBuilder from '@axe-core/playwright'

import { expect, test } from './fixtures'
import { chooseOption, saveDraft } from './helpers/admin'
import { loginAs } from './helpers/login'
import { publishThroughWorkflow } from './helpers/workflow'

/** The seeded analysis about Kazakhstan and Kyrgyzstan that names Almaty and Bishkek. */
const CORRIDOR_ARTICLE = 'Kazakhstan–Kyrgyzstan corridor-based integration and the Almaty–Bishkek Economic Corridor'

/** The seeded analysis by Zhanat Momynkulov. */
const MOMYNKULOV_ARTICLE = /^Azerbaijan and Central Asia: From Shared Turkic Heritage/

/** Types a query in the site header's search box and submits it, as a reader does. */
const searchFromHeader = async (page: Page, query: string) => {
  await page.goto('/')
  const box = page.getByRole('searchbox', { name: 'Search Crossroads' })
  await box.fill(query)
  await box.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: `Results for “${query}”` })).toBeVisible()
}

/** The country's link; a marked part of the name reads as a word of its own ("Kyrgyz stan"). */
const KYRGYZSTAN_LINK = /^Kyrgyz\s?stan$/

const KYRGYZSTAN_QUERIES = [
  { alias: 'Кыргызстан', query: 'Кыргызстан' },
  { alias: 'Киргизия', query: 'Киргизия' },
  { alias: 'Qirgʻiziston', query: "Qirg'iziston" },
  { alias: null, query: 'Kyrgyz' },
] as const

for (const { alias, query } of KYRGYZSTAN_QUERIES) {
  test(`should find Kyrgyzstan and the analysis about it when searching for ${query}`, async ({ page }) => {
    await searchFromHeader(page, query)
    const countries = page.getByRole('region', { name: 'Countries' })
    await expect(countries.getByRole('link', { name: KYRGYZSTAN_LINK })).toHaveAttribute(
      'href',
      '/countries/kyrgyzstan',
    )
    if (alias) {
      await expect(countries.getByText(`matched “${alias}”`)).toBeVisible()
    } else {
      await expect(countries.getByText(/matched “/)).toHaveCount(0)
    }
    await expect(
      page.getByRole('region', { name: 'Analysis' }).getByRole('link', { name: CORRIDOR_ARTICLE }),
    ).toBeVisible()
  })
}

for (const query of ['Алматы', 'Alma-Ata']) {
  test(`should find Almaty and the analysis naming it when searching for ${query}`, async ({ page }) => {
    await searchFromHeader(page, query)
    const places = page.getByRole('region', { name: 'Places' })
    await expect(places.getByRole('link', { name: 'Almaty' })).toHaveAttribute('href', '/countries/kazakhstan')
    await expect(places.getByText(`matched “${query}”`)).toBeVisible()
    const analysis = page.getByRole('region', { name: 'Analysis' })
    await expect(analysis.getByRole('link', { name: CORRIDOR_ARTICLE })).toBeVisible()
    await expect(analysis.getByText(`Mentions Almaty (matched “${query}”)`)).toBeVisible()
  })
}

for (const query of ['Zhanat Momynkulov', 'Жанат Момынкулов']) {
  test(`should find the author and his analysis when searching for ${query}`, async ({ page }) => {
    await searchFromHeader(page, query)
    await expect(
      page.getByRole('region', { name: 'Authors' }).getByRole('link', { name: 'Zhanat Momynkulov' }),
    ).toHaveAttribute('href', '/authors/zhanat-momynkulov')
    await expect(
      page.getByRole('region', { name: 'Analysis' }).getByRole('link', { name: MOMYNKULOV_ARTICLE }),
    ).toBeVisible()
  })
}

test('should not show a draft that names Almaty when searching for Alma-Ata', async ({ articles, page }) => {
  const draft = await articles.create({ status: 'draft', title: 'Almaty draft nobody should see' })
  await searchFromHeader(page, 'Alma-Ata')
  await expect(
    page.getByRole('region', { name: 'Analysis' }).getByRole('link', { name: CORRIDOR_ARTICLE }),
  ).toBeVisible()
  await expect(page.getByText(draft.title)).toHaveCount(0)
})

test('should find a country by an alias an editor added only once the change is published', async ({
  countries,
  editor,
  page,
  secondEditor,
}) => {
  const country = await countries.create({ name: 'Aliasland' })
  const alias = `Ксенолэнд ${Date.now()}`
  await test.step('an editor adds the alias as a draft: readers do not find it yet', async () => {
    const response = await editor.patch(`/api/countries/${country.id}?draft=true`, {
      data: { aliases: [{ language: 'ru', name: alias }] },
    })
    expect(response.ok(), await response.text()).toBe(true)
    await searchFromHeader(page, alias)
    await expect(page.getByText(`Nothing published matches “${alias}”.`)).toBeVisible()
  })
  await test.step('another editor publishes it: readers find the country by it', async () => {
    await publishThroughWorkflow(secondEditor, 'countries', country.id)
    await searchFromHeader(page, alias)
    const countriesFound = page.getByRole('region', { name: 'Countries' })
    await expect(countriesFound.getByRole('link', { name: country.name })).toHaveAttribute('href', country.path)
    await expect(countriesFound.getByText(`matched “${alias}”`)).toBeVisible()
  })
})

test('should have no serious or critical accessibility violations on results found by an alias', async ({ page }) => {
  await searchFromHeader(page, 'Киргизия')
  const results = await new AxeBuilder({ page }).analyze()
  const severe = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')) }))
  expect(severe, JSON.stringify(severe, null, 2)).toEqual([])
  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/cross-script-search.png' })
})

test('should let an analyst enter a place and its other names in the admin, found once published', async ({
  page,
  secondEditor,
  track,
}) => {
  const suffix = `${test.info().workerIndex}${Date.now().toString(36)}`
  const name = `Placeton ${suffix}`
  const alias = `Плейстон ${suffix}`
  await loginAs(page, 'analyst')
  const id = await test.step('the analyst saves the place with a Russian name as a draft', async () => {
    await page.goto('/admin/collections/places/create')
    await page.getByLabel('Name').fill(name)
    await chooseOption(page, { field: 'Country', option: 'Kazakhstan' })
    await page.getByRole('button', { name: 'Add Other name' }).click()
    // The list starts collapsed (a country has a dozen names), and so does a row added to it.
    await expect(page.getByText('Other name 01')).toBeVisible()
    await page.getByRole('button', { name: 'Toggle block' }).click()
    await page.getByLabel('Other name').fill(alias)
    await chooseOption(page, { field: 'Language', option: 'Russian' })
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/cross-script-search-place.png' })
    const saved = await saveDraft(page)
    track('places', Number(saved))
    return saved
  })
  await test.step('an editor publishes it and readers find it by the Russian name', async () => {
    await publishThroughWorkflow(secondEditor, 'places', id)
    await searchFromHeader(page, alias)
    const places = page.getByRole('region', { name: 'Places' })
    await expect(places.getByRole('link', { name })).toHaveAttribute('href', '/countries/kazakhstan')
    await expect(places.getByText(`matched “${alias}”`)).toBeVisible()
  })
})
