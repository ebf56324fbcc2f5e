import type { SeriesPoint } from '@/lib/series/points'
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Country, Indicator } from '@/payload-types'
import type { ComparisonScope } from '@/lib/queries/comparisonRead'

import {
  comparisonRowsToFigures,
  readComparisonRowsFromSqlite,
  readComparisonRowsThroughPayload,
  sqliteClientOf,
} from '@/lib/queries/comparisonRead'
import { comparisonToDownloadRows, getComparison } from '@/lib/queries/compare'
import { FIGURE_POPULATE, observationsToFigures } from '@/lib/queries/figures'
import { countIndicatorFiguresInSqlite, countIndicatorFiguresThroughPayload } from '@/lib/queries/indicators'
import { asReader } from '@/lib/queries/reader'
import { createCountry, createIndicator } from '@/tests/helpers/fixtures'
import { createTestPayload } from '@/tests/helpers/payload'
import { paragraph } from '@/tests/helpers/richText'

let payload: Payload
let kazakhstan: Country
let georgia: Country
let hiddenPartner: Country
let trade: Indicator
let capacity: Indicator
let publishedArticle: Article
let draftArticle: Article

const createArticle = async (title: string, status: 'draft' | 'published') => {
  const author = await payload.create({
    collection: 'authors',
    data: { _status: 'published', name: `Author of ${title}` },
  })
  return payload.create({
    collection: 'articles',
    data: {
      _status: status,
      authors: [author.id],
      body: paragraph(`${title}.`),
      dek: title,
      section: 'analysis',
      title,
    },
    draft: status === 'draft',
  })
}

const web = { accessed: '2025-10-15T00:00:00.000Z', publisher: 'Statistics Office', url: 'https://stat.example.org/t' }

beforeAll(async () => {
  payload = await createTestPayload()
  kazakhstan = await createCountry(payload, { name: 'Kazakhstan' })
  georgia = await createCountry(payload, { name: 'Georgia', region: 'south-caucasus' })
  hiddenPartner = await createCountry(payload, { _status: 'draft', name: 'Unpublished partner' })
  trade = await createIndicator(payload, { kind: 'bilateral', name: 'Bilateral trade turnover', otherUnits: ['EUR'] })
  capacity = await createIndicator(payload, { name: 'Power plant capacity', unit: 'MW' })
  publishedArticle = await createArticle('Grid interconnection in the Caucasus', 'published')
  draftArticle = await createArticle('Unpublished grid note', 'draft')
  const observations = [
    { country: kazakhstan.id, indicator: capacity.id, period: { kind: 'year', year: 2023 }, source: web, value: 24.5 },
    // Seventeen significant digits: a read that passed REALs through SQLite's JSON would round them.
    {
      country: kazakhstan.id,
      indicator: capacity.id,
      period: { kind: 'year', year: 2022 },
      source: web,
      value: 0.1 + 0.2,
      valueMax: 1234567.8912345678,
    },
    {
      country: kazakhstan.id,
      indicator: capacity.id,
      period: { kind: 'year', year: 2024 },
      qualifier: 'estimate',
      qualifierNote: 'Ministry estimate',
      source: { article: publishedArticle.id },
      value: 25.1,
      valueMax: 26,
    },
    {
      country: georgia.id,
      indicator: capacity.id,
      period: { kind: 'undated' },
      source: { article: draftArticle.id, url: web.url },
      value: 4.5,
    },
    {
      country: georgia.id,
      indicator: trade.id,
      partner: kazakhstan.id,
      period: { end: '2025-08-31', kind: 'dates', start: '2025-01-01' },
      source: web,
      unit: 'EUR',
      value: 3_000_000,
    },
    {
      country: georgia.id,
      indicator: trade.id,
      partner: hiddenPartner.id,
      period: { kind: 'year', year: 2024 },
      source: web,
      value: 7,
    },
    {
      country: kazakhstan.id,
      indicator: trade.id,
      partner: georgia.id,
      period: { kind: 'year', year: 2024 },
      source: web,
      subject: 'rail freight',
      value: 9,
    },
  ] as const
  for (const data of observations) {
    await payload.create({ collection: 'observations', data: { _status: 'published', ...data } as never })
  }
  // A draft and a figure of a country outside the comparison: neither may appear.
  await payload.create({
    collection: 'observations',
    data: {
      _status: 'draft',
      country: kazakhstan.id,
      indicator: capacity.id,
      period: { kind: 'year', year: 2025 },
      source: web,
      value: 99,
    },
    draft: true,
  })
  await payload.create({
    collection: 'observations',
    data: {
      _status: 'published',
      country: hiddenPartner.id,
      indicator: capacity.id,
      period: { kind: 'year', year: 2024 },
      qualifier: 'actual',
      source: web,
      value: 1,
    },
  })
})

afterAll(async () => {
  await payload?.destroy()
})

const scope = (): ComparisonScope => ({ countries: [kazakhstan, georgia], indicators: [trade, capacity] })
const partnerSlugs = () => new Map([kazakhstan, georgia].map((country) => [String(country.id), country.slug!]))

/** What a reader is shown of a figure's source, whichever way the source article was read. */
const comparable = (figures: SeriesPoint[]) =>
  figures
    .map(({ source, ...point }) => {
      const article = source?.article && typeof source.article === 'object' ? source.article : null
      return {
        ...point,
        source: {
          accessed: source?.accessed ?? null,
          article: article
            ? { footnoteIds: article.footnoteIds ?? [], slug: article.slug, title: article.title }
            : null,
          footnote: source?.footnote ?? null,
          publisher: source?.publisher ?? null,
          url: source?.url ?? null,
        },
      }
    })
    .sort((a, b) => String(a.id).localeCompare(String(b.id)))

/** The read `/compare` makes: one SQL statement on SQLite, a lean Local API read elsewhere. */
const readAsThePageDoes = async () => {
  const client = sqliteClientOf(payload)
  const rows = client
    ? await readComparisonRowsFromSqlite(client, scope())
    : await readComparisonRowsThroughPayload(payload, scope())
  return comparisonRowsToFigures(payload, scope(), partnerSlugs(), rows)
}

const isSqlite = !/^mongodb/.test(process.env.DATABASE_URI ?? '')

describe('comparison reads', () => {
  it('should read the same published figures through the lean Local API read as through a depth-1 read', async () => {
    const throughPayload = await comparisonRowsToFigures(
      payload,
      scope(),
      partnerSlugs(),
      await readComparisonRowsThroughPayload(payload, scope()),
    )
    const { docs } = await payload.find({
      ...asReader,
      collection: 'observations',
      depth: 1,
      pagination: false,
      populate: FIGURE_POPULATE,
      where: {
        and: [{ indicator: { in: [trade.id, capacity.id] } }, { country: { in: [kazakhstan.id, georgia.id] } }],
      },
    })
    // Seven published figures of these countries; the one whose partner is unpublished is not shown.
    expect(throughPayload).toHaveLength(6)
    expect(comparable(throughPayload)).toEqual(comparable(observationsToFigures(docs)))
  })

  // The SQL read path exists on SQLite only.
  it.runIf(isSqlite)('should read the same published figures through SQL as through the Local API', async () => {
    const client = sqliteClientOf(payload)
    expect(client).not.toBeNull()
    const throughPayload = await comparisonRowsToFigures(
      payload,
      scope(),
      partnerSlugs(),
      await readComparisonRowsThroughPayload(payload, scope()),
    )
    const throughSql = await comparisonRowsToFigures(
      payload,
      scope(),
      partnerSlugs(),
      await readComparisonRowsFromSqlite(client!, scope()),
    )
    expect(throughSql).toHaveLength(6)
    expect(comparable(throughSql)).toEqual(comparable(throughPayload))
    expect(throughSql.find((figure) => figure.periodLabel === '2022')).toMatchObject({
      value: 0.1 + 0.2,
      valueMax: 1234567.8912345678,
    })
  })

  it('should show only what a reader may see: published figures, partners and source articles', async () => {
    const figures = await readAsThePageDoes()
    expect(figures.map((figure) => figure.value)).not.toContain(99)
    expect(figures.map((figure) => figure.country)).not.toContain(hiddenPartner.slug)
    expect(figures.find((figure) => figure.value === 7)).toBeUndefined()
    const estimate = figures.find((figure) => figure.value === 25.1)!
    expect(estimate).toMatchObject({
      periodLabel: '2024',
      qualifier: 'estimate',
      qualifierNote: 'Ministry estimate',
      valueMax: 26,
    })
    expect(estimate.source?.article).toMatchObject({ slug: publishedArticle.slug, title: publishedArticle.title })
    const fromDraftArticle = figures.find((figure) => figure.value === 4.5)!
    expect(fromDraftArticle.source?.article).toBeNull()
    expect(fromDraftArticle.source?.url).toBe(web.url)
    expect(figures.find((figure) => figure.value === 3_000_000)).toMatchObject({
      partner: kazakhstan.slug,
      periodEnd: '2025-08-31',
      unit: 'EUR',
    })
  })

  it('should not show a bilateral figure whose partner is unpublished, on the page or in its downloads', async () => {
    const comparison = await getComparison({ countries: [georgia.slug!, kazakhstan.slug!], indicators: [trade.slug!] })
    // Georgia's figure with the unpublished partner (7) would read as Georgia's own trade turnover.
    expect(comparison.figures.map((figure) => [figure.country, figure.partner, figure.value])).toEqual(
      expect.arrayContaining([
        [georgia.slug, kazakhstan.slug, 3_000_000],
        [kazakhstan.slug, georgia.slug, 9],
      ]),
    )
    expect(comparison.figures).toHaveLength(2)
    expect(comparisonToDownloadRows(comparison, 'https://crossroads.test').map((row) => row.value)).not.toContain(7)
  })
})

describe('indicator summaries', () => {
  it('should count published figures, countries and the newest period through the Local API', async () => {
    const throughPayload = await countIndicatorFiguresThroughPayload(payload)
    // Three of Kazakhstan's, one undated of Georgia's; the draft is not counted.
    expect(throughPayload.get(String(capacity.id))).toEqual({ countryCount: 3, figureCount: 5, latestPeriod: '2024' })
    expect(throughPayload.get(String(trade.id))).toMatchObject({ countryCount: 2, figureCount: 3 })
  })

  it.runIf(isSqlite)('should count the same in SQL as through the Local API', async () => {
    const inSqlite = await countIndicatorFiguresInSqlite(sqliteClientOf(payload)!)
    expect(inSqlite).toEqual(await countIndicatorFiguresThroughPayload(payload))
  })
})
