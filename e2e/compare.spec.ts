import fs from 'node:fs'
import Papa from 'papaparse'

import { test as base, expect, firstDoc, uniqueSuffix } from './fixtures'
import { idsBySlug } from './helpers/idsBySlug'

const COMPARE_URL = '/compare?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume,exports-to-partner'
const SOURCE_ARTICLE = 'The Ascendant Axis in Central Asia: Kazakhstan and Uzbekistan'

type CsvRow = Record<string, string>

type HiddenPartnerFigure = { id: number; subject: string }

/**
 * `hiddenPartnerFigure` is a published figure of Kazakhstan's trade with a country that is still a
 * draft (a new one, never published), written by the editor and published by a second editor; both
 * are deleted afterwards (e2e/fixtures.ts).
 */
const test = base.extend<{ hiddenPartnerFigure: HiddenPartnerFigure }>({
  hiddenPartnerFigure: async ({ countries, editor, observations }, provide, testInfo) => {
    const kazakhstan = await firstDoc(editor, '/api/countries?where[slug][equals]=kazakhstan&depth=0')
    const partner = await countries.create({ name: 'Unpublished Partner', status: 'draft' })
    const subject = `Hidden partner figure ${uniqueSuffix(testInfo)}`
    const figure = await observations.create({
      country: kazakhstan.id,
      indicator: 'bilateral-trade-volume',
      partner: partner.id,
      subject,
      value: 4_200_000_000,
      year: 2011,
    })
    await provide({ id: figure.id, subject })
  },
})

test('should carry a comparison from a country profile through the address, a CSV and a source', async ({ page }) => {
  await test.step('home → country profile', async () => {
    await page.goto('/')
    await page.getByRole('link', { name: /Kazakhstan\s*Astana/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Kazakhstan' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Key figures' })).toBeVisible()
    await expect(page.getByRole('img', { name: 'Bilateral trade turnover' })).toBeVisible()
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/country-profile.png' })
  })

  await test.step('profile → compare, adding a country and two indicators', async () => {
    await page.getByRole('link', { name: 'Compare Kazakhstan with other countries' }).click()
    await expect(page).toHaveURL(/\/compare\?countries=kazakhstan$/)
    await expect(page.getByRole('checkbox', { name: 'Kazakhstan' })).toBeChecked()
    await page.getByRole('checkbox', { exact: true, name: 'Uzbekistan' }).check()
    await expect(page).toHaveURL(/\/compare\?countries=kazakhstan,uzbekistan$/)
    await page.getByRole('checkbox', { name: /^Bilateral trade turnover/ }).check()
    await expect(page).toHaveURL(/indicators=bilateral-trade-volume$/)
    // The picker is keyboard-operable: focus a box and toggle it with the space bar.
    await page.getByRole('checkbox', { name: /^Exports to partner/ }).focus()
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(COMPARE_URL)
    await expect(page.getByRole('heading', { level: 2, name: 'Exports to partner' })).toBeVisible()
    await expect(page.getByText('No data for Kazakhstan and Uzbekistan on this indicator.')).toBeVisible()
  })

  await test.step('the address holds the state: reload, back and forward', async () => {
    await page.reload()
    await expect(page.getByRole('checkbox', { exact: true, name: 'Uzbekistan' })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: /^Exports to partner/ })).toBeChecked()
    const uzbekRow = page.getByRole('row', { name: /^Kazakhstan × Uzbekistan(?! \()/ })
    await expect(uzbekRow).toContainText('$3.0 bn')
    await page.goBack()
    await expect(page).toHaveURL(/indicators=bilateral-trade-volume$/)
    await expect(page.getByRole('checkbox', { name: /^Exports to partner/ })).not.toBeChecked()
    await page.goForward()
    await expect(page).toHaveURL(COMPARE_URL)
    await expect(page.getByRole('checkbox', { name: /^Exports to partner/ })).toBeChecked()
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/compare.png' })
  })

  await test.step('the newest figures lead to the table of every period and back', async () => {
    const newest = page.getByRole('table', { name: /^Bilateral trade turnover: the newest published figure/ })
    await expect(newest.getByRole('row', { name: /^Kazakhstan × Uzbekistan(?! \()/ })).toContainText('Jan–Aug 2025')
    await expect(page.getByRole('table', { name: /by period, every published figure/ })).toHaveCount(0)
    await page
      .getByRole('link', { name: 'Every period of Bilateral trade turnover, with qualifiers and sources' })
      .click()
    await expect(page).toHaveURL(
      /\/compare\?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume,exports-to-partner&periods=bilateral-trade-volume#/,
    )
    const byPeriod = page.getByRole('table', { name: /^Bilateral trade turnover by period, every published figure/ })
    await expect(byPeriod).toBeVisible()
    await expect(byPeriod.getByRole('columnheader', { name: 'Jan–Aug 2025' })).toBeVisible()
    const pairRow = byPeriod.getByRole('row', { name: /^Kazakhstan × Uzbekistan(?! \()/ })
    await expect(pairRow).toContainText('$3.0 bn')
    await expect(pairRow.getByRole('link', { name: `${SOURCE_ARTICLE}, note 1` }).first()).toBeVisible()
    await expect(page.getByRole('checkbox', { name: /^Exports to partner/ })).toBeChecked()
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/compare-periods.png' })
    await page.getByRole('link', { name: 'Back to the newest figures' }).click()
    await expect(page).toHaveURL(/\/compare\?countries=kazakhstan,uzbekistan&indicators=[a-z-,]+#/)
    await expect(page.getByRole('table', { name: /by period, every published figure/ })).toHaveCount(0)
  })

  await test.step('the CSV download holds exactly the published figures of the database', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('crossroads-compare-kazakhstan-uzbekistan.csv')
    const text = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '')
    const rows = Papa.parse<CsvRow>(text.trim(), { header: true }).data

    const [countryIds, indicatorIds] = await Promise.all([
      idsBySlug(page.request, 'countries', ['kazakhstan', 'uzbekistan']),
      idsBySlug(page.request, 'indicators', ['bilateral-trade-volume', 'exports-to-partner']),
    ])
    const response = await page.request.get(
      `/api/observations?where[and][0][country][in]=${countryIds.join(',')}` +
        `&where[and][1][indicator][in]=${indicatorIds.join(',')}&depth=0&limit=100`,
    )
    const stored = (await response.json()).docs as {
      id: number
      periodText: string
      qualifier: string
      unit: string
      value: number
    }[]
    expect(stored.length).toBeGreaterThan(0)
    expect(rows.map((row) => row.observation_id).sort()).toEqual(stored.map((doc) => String(doc.id)).sort())
    for (const doc of stored) {
      const row = rows.find((item) => item.observation_id === String(doc.id))!
      expect({ period: row.period, qualifier: row.qualifier, unit: row.unit, value: Number(row.value) }).toEqual({
        period: doc.periodText,
        qualifier: doc.qualifier,
        unit: doc.unit,
        value: doc.value,
      })
    }
    expect(rows.find((row) => row.period === 'Jan–Aug 2025')).toMatchObject({
      partner: 'uzbekistan',
      source: `${SOURCE_ARTICLE}, note 1`,
      value: '3000000000',
    })
  })

  await test.step('a figure’s source link opens the endnote it comes from', async () => {
    const uzbekRow = page.getByRole('row', { name: /^Kazakhstan × Uzbekistan(?! \()/ })
    await uzbekRow
      .getByRole('link', { name: `${SOURCE_ARTICLE}, note 1` })
      .first()
      .click()
    await expect(page).toHaveURL(/\/articles\/ascendant-axis-central-asia-kazakhstan-uzbekistan#note-i$/)
    await expect(page.locator('#note-i')).toContainText('News.Az')
  })
})

test('should give the same figures as JSON as the CSV lists', async ({ request }) => {
  const query = COMPARE_URL.slice('/compare'.length)
  const [json, csv] = await Promise.all([
    request.get(`/compare/data.json${query}`),
    request.get(`/compare/data.csv${query}`),
  ])
  const body = await json.json()
  const rows = Papa.parse<CsvRow>((await csv.text()).replace(/^\uFEFF/, '').trim(), { header: true }).data
  expect(body.permalink).toMatch(
    /\/compare\?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume,exports-to-partner$/,
  )
  expect(body.figures.map((figure: { observation_id: string }) => figure.observation_id)).toEqual(
    rows.map((row) => row.observation_id),
  )
})

test('should say plainly where a chosen country has no data', async ({ page }) => {
  await page.goto('/compare?countries=kazakhstan,turkmenistan&indicators=bilateral-trade-volume')
  await expect(page.getByText('No data for Turkmenistan on this indicator.')).toBeVisible()
  await expect(page.getByText('No data for Turkmenistan with Uzbekistan')).toBeAttached()
})

test('should point to the countries that have data when the chosen ones have none', async ({ page }) => {
  await page.goto('/compare?countries=kazakhstan,uzbekistan&indicators=exports-to-partner')
  await expect(page.getByText('No data for Kazakhstan and Uzbekistan on this indicator.')).toBeVisible()
  await page.getByRole('link', { name: 'add India' }).click()
  await expect(page).toHaveURL(/\/compare\?countries=kazakhstan,uzbekistan,india&indicators=exports-to-partner$/)
  await expect(page.getByRole('row', { name: /^India × Central Asia/ })).toContainText('$0.9 bn')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('should compare through the plain form and land on the canonical address', async ({ page }) => {
    await page.goto('/compare?countries=kazakhstan')
    await page.getByRole('checkbox', { name: 'Kyrgyzstan' }).check()
    await page.getByRole('checkbox', { name: /^Bilateral trade turnover/ }).check()
    await page.getByRole('button', { name: 'Compare' }).click()
    await expect(page).toHaveURL(/\/compare\?countries=kazakhstan,kyrgyzstan&indicators=bilateral-trade-volume$/)
    await expect(page.getByRole('row', { name: /^Kazakhstan × Kyrgyzstan/ })).toContainText('$2.0 bn')
    await expect(page.getByRole('img', { name: 'Bilateral trade turnover over time' })).toBeVisible()
  })
})

test('should list indicators and show an indicator with map, ranking and time series', async ({ page }) => {
  await page.goto('/indicators')
  await expect(page.getByRole('heading', { level: 1, name: 'Indicators' })).toBeVisible()
  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/indicators.png' })
  await page.getByRole('link', { name: 'Bilateral trade turnover' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Bilateral trade turnover' })).toBeVisible()
  await expect(page.getByRole('img', { name: 'Kazakhstan and its partners' })).toBeVisible()
  await expect(page.getByRole('img', { name: /latest by pair/ })).toBeVisible()
  await page
    .getByRole('figure', { name: /latest by pair/ })
    .getByText('Show the figures as a table')
    .click()
  await expect(page.getByRole('row', { name: /Kazakhstan × Uzbekistan Jan–Aug 2025 \$3\.0 bn/ }).first()).toBeVisible()
  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/indicator.png' })
})

test('should not show a figure whose partner is unpublished as the reporter’s own', async ({
  hiddenPartnerFigure,
  page,
  request,
}) => {
  // The figure itself is published; only its partner is not.
  const published = await request.get(`/api/observations/${hiddenPartnerFigure.id}?depth=0`)
  expect(published.status()).toBe(200)
  await page.goto('/compare?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume')
  const newest = page.getByRole('table', { name: /^Bilateral trade turnover: the newest published figure/ })
  await expect(newest.getByRole('row', { name: /^Kazakhstan × Uzbekistan(?! \()/ })).toContainText('$3.0 bn')
  await expect(page.getByText(hiddenPartnerFigure.subject)).toHaveCount(0)
  const csv = await request.get('/compare/data.csv?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume')
  expect(await csv.text()).not.toContain(hiddenPartnerFigure.subject)
})
