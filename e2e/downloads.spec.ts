import type { APIRequestContext, Page } from '@playwright/test'

import { unzipSync } from 'fflate'
import Papa from 'papaparse'

import { expect, firstDoc, test } from './fixtures'
import { downloadLink } from './helpers/downloadLink'
import { idsBySlug } from './helpers/idsBySlug'

const INDICATOR = 'bilateral-trade-volume'
const COMPARE_QUERY = '?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume,exports-to-partner'
const SOURCE_ARTICLE = 'The Ascendant Axis in Central Asia: Kazakhstan and Uzbekistan'

type CsvRow = Record<string, string>
type StoredFigure = {
  id: number
  indicator: number
  periodText: string
  qualifier: string
  unit: string
  value: number
  valueMax?: null | number
}
type Metadata = {
  accessed: string
  asOf: null | string
  figureCount: number
  indicators: { definition: string; slug: string; unit: string }[]
  licence: { name: string; url: string }
  permalink: string
  sources: { accessed: null | string; text: string; url: null | string }[]
}

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)

const dayText = (day: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC', year: 'numeric' }).format(
    new Date(day),
  )

/** UTF-8 text, keeping the byte-order mark the CSV starts with so the test can see it. */
const bytesToText = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)

const csvToRows = (text: string): CsvRow[] => {
  expect(text.startsWith('\uFEFF'), 'the CSV starts with a byte-order mark').toBe(true)
  return Papa.parse<CsvRow>(text.slice(1).trim(), { header: true }).data
}

/** Published observations as an anonymous reader reads them over REST. */
const readStoredFigures = async (request: APIRequestContext, where: string): Promise<StoredFigure[]> => {
  const response = await request.get(`/api/observations?${where}&depth=0&limit=5000`)
  expect(response.ok()).toBe(true)
  const { docs } = (await response.json()) as { docs: StoredFigure[] }
  expect(docs.length, `published figures for ${where}`).toBeGreaterThan(0)
  return docs
}

const readIndicatorDefinitions = async (request: APIRequestContext, ids: number[]) => {
  const response = await request.get(`/api/indicators?where[id][in]=${[...new Set(ids)].join(',')}&depth=0&limit=100`)
  return ((await response.json()) as { docs: { description: string; slug: string; unit: string }[] }).docs
}

/**
 * Downloads CSV, JSON and ZIP through the page's links and checks them against the stored figures:
 * the same figures, values unrounded, the ZIP's CSV the same file, its metadata naming the
 * indicators as stored and its README every source, the licence and the page's permanent address.
 */
const expectDownloadsToMatch = async (
  page: Page,
  {
    fileBase,
    indicatorIds,
    permalinkPath,
    stored,
  }: {
    fileBase: string
    /** The indicators the metadata describes: those of the figures, or all a comparison chose. */
    indicatorIds?: number[]
    permalinkPath: string
    stored: StoredFigure[]
  },
) => {
  const csv = await downloadLink(page, { name: 'Download CSV' })
  expect(csv.fileName).toBe(`${fileBase}.csv`)
  const rows = csvToRows(bytesToText(csv.bytes))
  expect(rows.map((row) => row.observation_id).sort()).toEqual(stored.map((doc) => String(doc.id)).sort())
  for (const doc of stored) {
    const row = rows.find((item) => item.observation_id === String(doc.id))!
    expect({
      period: row.period,
      qualifier: row.qualifier,
      unit: row.unit,
      value: Number(row.value),
      valueMax: row.value_max === '' ? null : Number(row.value_max),
    }).toEqual({
      period: doc.periodText,
      qualifier: doc.qualifier,
      unit: doc.unit,
      value: doc.value,
      valueMax: doc.valueMax ?? null,
    })
  }

  const json = await downloadLink(page, { name: 'Download JSON' })
  expect(json.fileName).toBe(`${fileBase}.json`)
  const body = JSON.parse(bytesToText(json.bytes)) as Metadata & {
    figures: { observation_id: string; value: number }[]
  }
  expect(body.figures.map((figure) => figure.observation_id)).toEqual(rows.map((row) => row.observation_id))
  expect(body.figures.map((figure) => figure.value)).toEqual(rows.map((row) => Number(row.value)))
  expect(new URL(body.permalink).pathname + new URL(body.permalink).search).toBe(permalinkPath)

  const zip = await downloadLink(page, { name: 'Download ZIP' })
  expect(zip.fileName).toBe(`${fileBase}.zip`)
  const files = unzipSync(zip.bytes)
  expect(Object.keys(files).sort()).toEqual([`${fileBase}.csv`, 'README.txt', 'metadata.json'].sort())
  expect(bytesToText(files[`${fileBase}.csv`])).toBe(bytesToText(csv.bytes))
  const metadata = JSON.parse(bytesToText(files['metadata.json'])) as Metadata
  expect(metadata.figureCount).toBe(rows.length)
  expect(metadata.permalink).toBe(body.permalink)
  const definitions = await readIndicatorDefinitions(page.request, indicatorIds ?? stored.map((doc) => doc.indicator))
  expect(
    metadata.indicators
      .map(({ definition, slug, unit }) => ({ description: definition, slug, unit }))
      .sort((a, b) => a.slug.localeCompare(b.slug)),
  ).toEqual(
    definitions
      .map(({ description, slug, unit }) => ({ description, slug, unit }))
      .sort((a, b) => a.slug.localeCompare(b.slug)),
  )
  const readme = bytesToText(files['README.txt'])
  const cited = [...new Set(rows.map((row) => row.source).filter(Boolean))]
  expect(cited.length).toBeGreaterThan(0)
  for (const source of cited) {
    expect(readme, `README names ${source}`).toContain(source)
  }
  expect([...new Set(metadata.sources.map((source) => source.text))].sort()).toEqual([...cited].sort())
  expect(readme).toContain('Creative Commons Attribution 4.0 International (CC BY 4.0)')
  expect(readme).toContain(body.permalink)

  const citation = page.getByRole('group', { name: 'Cite this' })
  await expect(citation.getByRole('link', { name: body.permalink })).toHaveAttribute('href', body.permalink)
  await expect(citation.getByLabel('Citation', { exact: true })).toContainText(body.permalink)
  await expect(citation).toContainText(`Accessed ${dayText(metadata.accessed)}`)
  await citation.getByText('BibTeX').click()
  await expect(citation.getByLabel('Citation in BibTeX')).toContainText(`url = {${body.permalink}}`)
  return { metadata, rows }
}

test.describe('downloads and citations', () => {
  test('should download a country profile’s figures as CSV, JSON and ZIP that match the database', async ({ page }) => {
    const kazakhstan = await firstDoc(page.request, '/api/countries?where[slug][equals]=kazakhstan&depth=0')
    const stored = await readStoredFigures(
      page.request,
      `where[or][0][country][equals]=${kazakhstan.id}&where[or][1][partner][equals]=${kazakhstan.id}`,
    )
    await page.goto('/countries/kazakhstan')
    const downloads = page.getByRole('region', { name: 'Download and cite' })
    await downloads.scrollIntoViewIfNeeded()
    const { rows } = await expectDownloadsToMatch(page, {
      fileBase: 'crossroads-country-kazakhstan',
      permalinkPath: '/countries/kazakhstan',
      stored,
    })
    expect(
      rows.find((row) => row.indicator === INDICATOR && row.period === 'Jan–Aug 2025' && row.partner === 'uzbekistan'),
    ).toMatchObject({
      source: `${SOURCE_ARTICLE}, note 1`,
      value: '3000000000',
    })
    await downloads.screenshot({ path: 'test-results/screenshots/profile-downloads.png' })
  })

  test('should download an indicator’s figures as CSV, JSON and ZIP that match the database', async ({ page }) => {
    const indicator = await firstDoc(page.request, `/api/indicators?where[slug][equals]=${INDICATOR}&depth=0`)
    const stored = await readStoredFigures(page.request, `where[indicator][equals]=${indicator.id}`)
    await page.goto(`/indicators/${INDICATOR}`)
    const { metadata } = await expectDownloadsToMatch(page, {
      fileBase: `crossroads-indicator-${INDICATOR}`,
      permalinkPath: `/indicators/${INDICATOR}`,
      stored,
    })
    expect(metadata.asOf).toBeNull()
  })

  test('should download a comparison’s figures as CSV, JSON and ZIP that match the database', async ({ page }) => {
    const [countryIds, indicatorIds] = await Promise.all([
      idsBySlug(page.request, 'countries', ['kazakhstan', 'uzbekistan']),
      idsBySlug(page.request, 'indicators', ['bilateral-trade-volume', 'exports-to-partner']),
    ])
    const stored = await readStoredFigures(
      page.request,
      `where[and][0][country][in]=${countryIds.join(',')}&where[and][1][indicator][in]=${indicatorIds.join(',')}`,
    )
    await page.goto(`/compare${COMPARE_QUERY}`)
    await expectDownloadsToMatch(page, {
      fileBase: 'crossroads-compare-kazakhstan-uzbekistan',
      indicatorIds,
      permalinkPath: `/compare${COMPARE_QUERY}`,
      stored,
    })
  })

  test('should pin the downloads and the citation of an indicator page pinned to a past day', async ({
    countries,
    observations,
    page,
  }) => {
    const reporter = await countries.create({ name: 'Downloadia' })
    const partner = await countries.create({ name: 'Downpartneria' })
    // Published today, so it is in the current figures and not in those of yesterday.
    const figure = await observations.create({
      country: reporter.id,
      indicator: INDICATOR,
      partner: partner.id,
      value: 42.125,
      year: 2019,
    })
    const day = yesterday()
    await page.goto(`/indicators/${INDICATOR}?asOf=${day}`)
    await expect(page.getByRole('link', { exact: true, name: 'Download ZIP' })).toHaveAttribute(
      'href',
      `/indicators/${INDICATOR}/data.zip?asOf=${day}`,
    )
    const citation = page.getByRole('group', { name: 'Cite this' })
    await expect(citation.getByLabel('Citation', { exact: true })).toContainText(`/indicators/${INDICATOR}?asOf=${day}`)
    await expect(citation.getByLabel('Citation', { exact: true })).toContainText(
      `Figures as published on ${dayText(day)}.`,
    )

    const zip = await downloadLink(page, { name: 'Download ZIP' })
    expect(zip.fileName).toBe(`crossroads-indicator-${INDICATOR}-as-of-${day}.zip`)
    const files = unzipSync(zip.bytes)
    const metadata = JSON.parse(bytesToText(files['metadata.json'])) as Metadata
    expect(metadata.asOf).toBe(day)
    expect(metadata.permalink).toMatch(new RegExp(`/indicators/${INDICATOR}\\?asOf=${day}$`))
    expect(bytesToText(files['README.txt'])).toContain(
      `These are the figures as published at the end of ${dayText(day)}`,
    )
    const pinnedRows = csvToRows(bytesToText(files[`crossroads-indicator-${INDICATOR}-as-of-${day}.csv`]))
    expect(pinnedRows.map((row) => row.observation_id)).not.toContain(String(figure.id))

    const current = await page.request.get(`/indicators/${INDICATOR}/data.json`)
    const currentFigures = ((await current.json()) as { figures: { observation_id: string; value: number }[] }).figures
    expect(currentFigures.find((row) => row.observation_id === String(figure.id))?.value).toBe(42.125)
  })

  test('should keep a comparison’s pin in its download links', async ({ page }) => {
    const day = yesterday()
    await page.goto(`/compare${COMPARE_QUERY}&asOf=${day}`)
    for (const extension of ['csv', 'json', 'zip']) {
      await expect(
        page.getByRole('link', { exact: true, name: `Download ${extension.toUpperCase()}` }),
      ).toHaveAttribute('href', `/compare/data.${extension}${COMPARE_QUERY}&asOf=${day}`)
    }
    const json = await downloadLink(page, { name: 'Download JSON' })
    expect((JSON.parse(bytesToText(json.bytes)) as { asOf: string }).asOf).toBe(day)
    const zip = await downloadLink(page, { name: 'Download ZIP' })
    const metadata = JSON.parse(bytesToText(unzipSync(zip.bytes)['metadata.json'])) as Metadata
    expect(metadata.asOf).toBe(day)
    await expect(page.getByRole('group', { name: 'Cite this' }).getByLabel('Citation', { exact: true })).toContainText(
      `${COMPARE_QUERY}&asOf=${day}`,
    )
  })
})
