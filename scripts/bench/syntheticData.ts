import type { Client, InStatement, InValue } from '@libsql/client'

import type { Period } from '@/lib/period'

import { eventDateToText } from '@/lib/eventDate'
import { liveChangeToFigureRevision } from '@/lib/figureRevisions/revisionRow'
import { deriveObservationFields } from '@/lib/observations/rules'

/** How much synthetic data to write. The benchmark uses `BENCH_SCALE`; tests use a small one. */
export type SyntheticScale = {
  articles: number
  authors: number
  countries: number
  eventsPerCountry: number
  /** Every tenth indicator is bilateral: its observations name a partner country. */
  indicators: number
  years: number
}

export const BENCH_SCALE: SyntheticScale = {
  articles: 5000,
  authors: 50,
  countries: 60,
  eventsPerCountry: 10,
  indicators: 200,
  years: 30,
}

export type SyntheticIds = {
  articleSlugs: string[]
  countryIds: number[]
  countrySlugs: string[]
  indicatorIds: number[]
  indicatorSlugs: string[]
}

const FIRST_YEAR = 1995
const ROWS_PER_STATEMENT = 500
const STAMP = '2026-01-01T00:00:00.000Z'
const SOURCE_URL = 'https://example.org/synthetic-benchmark-data'

/** Deterministic pseudo-random numbers (mulberry32), so every generated database is the same. */
const randomFrom = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

const paragraphDoc = (text: string) =>
  JSON.stringify({ content: [{ content: [{ text, type: 'text' }], type: 'paragraph' }], type: 'doc' })

/** Three capital letters from an index, prefixed Z so they never clash with the test fixtures' Q codes. */
const syntheticIso3 = (index: number) =>
  `Z${String.fromCharCode(65 + Math.floor(index / 26))}${String.fromCharCode(65 + (index % 26))}`

const nextId = async (client: Client, table: string): Promise<number> => {
  const { rows } = await client.execute(`select coalesce(max(id), 0) + 1 as next from "${table}"`)
  return Number(rows[0].next)
}

const insertStatements = (table: string, columns: string[], rows: InValue[][]): InStatement[] => {
  const statements: InStatement[] = []
  const placeholders = `(${columns.map(() => '?').join(', ')})`
  for (let offset = 0; offset < rows.length; offset += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(offset, offset + ROWS_PER_STATEMENT)
    statements.push({
      args: chunk.flat(),
      sql: `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${chunk.map(() => placeholders).join(', ')}`,
    })
  }
  return statements
}

const FIGURE_REVISION_COLUMNS = [
  'observation_id',
  'kind',
  'published_at',
  'series_key',
  'indicator_id',
  'country_id',
  'partner_id',
  'period_label',
  'value',
  'value_max',
  'previous_value',
  'previous_value_max',
  'unit',
  'qualifier',
  'reason',
  'figure',
  'approver_id',
  'approver_name',
  'approver_role',
  'created_at',
  'updated_at',
]

/**
 * The figure log's row for a figure's first publication, as start-up would otherwise write it
 * (lib/figureRevisions/backfill.ts) one Local API call at a time: for 360,000 figures, half an hour
 * before the server answers its first request.
 */
const firstPublicationRevisionRow = (observation: Record<string, unknown>): InValue[] => {
  const revision = liveChangeToFigureRevision({
    after: observation,
    approver: { id: null, name: null, role: null },
    before: null,
    isLiveAfter: true,
    isLiveBefore: false,
    now: STAMP,
  })!
  return [
    revision.observationId,
    revision.kind,
    revision.publishedAt,
    revision.seriesKey,
    revision.indicatorId,
    revision.countryId,
    revision.partnerId,
    revision.periodLabel,
    revision.value,
    revision.valueMax,
    revision.previousValue,
    revision.previousValueMax,
    revision.unit,
    revision.qualifier,
    revision.reason,
    JSON.stringify(revision.figure),
    null,
    revision.approverName,
    revision.approverRole,
    STAMP,
    STAMP,
  ]
}

/**
 * Writes a synthetic, clearly labelled data set (every name starts with "Synthetic") straight into
 * an already migrated SQLite database: far faster than the Local API, so it fills in the columns the
 * collection hooks would (observation title, period text, series key, `_status`). Only the live
 * tables are written: readers never see version history, so the `_…_v` tables stay empty.
 */
export const insertSyntheticData = async (client: Client, scale: SyntheticScale): Promise<SyntheticIds> => {
  const random = randomFrom(20261123)
  const ids = {
    articles: await nextId(client, 'articles'),
    articlesRels: await nextId(client, 'articles_rels'),
    authors: await nextId(client, 'authors'),
    countries: await nextId(client, 'countries'),
    events: await nextId(client, 'events'),
    eventsRels: await nextId(client, 'events_rels'),
    indicators: await nextId(client, 'indicators'),
    observations: await nextId(client, 'observations'),
  }
  const statements: InStatement[] = []

  const countries = Array.from({ length: scale.countries }, (_, index) => ({
    id: ids.countries + index,
    name: `Synthetic Country ${pad(index + 1, 2)}`,
    slug: `synthetic-country-${pad(index + 1, 2)}`,
  }))
  statements.push(
    ...insertStatements(
      'countries',
      ['id', 'name', 'slug', 'iso3', 'region', 'kind', 'capital', 'summary', '_status', 'created_at', 'updated_at'],
      countries.map(({ id, name, slug }, index) => [
        id,
        name,
        slug,
        syntheticIso3(index),
        index % 2 ? 'central-asia' : 'south-caucasus',
        'state',
        `Synthetic Capital ${pad(index + 1, 2)}`,
        paragraphDoc(`${name} is a synthetic country generated for the performance benchmark.`),
        'published',
        STAMP,
        STAMP,
      ]),
    ),
  )

  const indicators = Array.from({ length: scale.indicators }, (_, index) => ({
    id: ids.indicators + index,
    isBilateral: index % 10 === 9,
    name: `Synthetic indicator ${pad(index + 1, 3)}`,
    slug: `synthetic-indicator-${pad(index + 1, 3)}`,
  }))
  statements.push(
    ...insertStatements(
      'indicators',
      [
        'id',
        'name',
        'slug',
        'unit',
        'scale',
        'decimals',
        'category',
        'kind',
        'description',
        '_status',
        'created_at',
        'updated_at',
      ],
      indicators.map(({ id, isBilateral, name, slug }) => [
        id,
        name,
        slug,
        'USD',
        '1e6',
        1,
        'trade',
        isBilateral ? 'bilateral' : 'country',
        `${name}: synthetic figures generated for the performance benchmark.`,
        'published',
        STAMP,
        STAMP,
      ]),
    ),
  )

  const observationColumns = [
    'id',
    'indicator_id',
    'country_id',
    'partner_id',
    'period_kind',
    'period_year',
    'period_start',
    'period_end',
    'value',
    'unit',
    'qualifier',
    'source_url',
    'source_accessed',
    'source_publisher',
    'title',
    'period_text',
    'series_key',
    '_status',
    'created_at',
    'updated_at',
  ]
  const observations: InValue[][] = []
  const figureRevisions: InValue[][] = []
  let observationId = ids.observations
  for (const indicator of indicators) {
    for (const [countryIndex, country] of countries.entries()) {
      const partner = indicator.isBilateral ? countries[(countryIndex + 1) % countries.length] : null
      let value = 100 + random() * 10_000
      for (let offset = 0; offset < scale.years; offset++) {
        const period: Period = { kind: 'year', year: FIRST_YEAR + offset }
        const derived = deriveObservationFields({ country, indicator, partner, period, subject: null })
        value *= 0.95 + random() * 0.15
        const id = observationId++
        observations.push([
          id,
          indicator.id,
          country.id,
          partner?.id ?? null,
          derived.period.kind,
          derived.period.year,
          derived.period.start,
          derived.period.end,
          Math.round(value * 1e6),
          'USD',
          'actual',
          SOURCE_URL,
          STAMP,
          'Synthetic benchmark data',
          derived.title,
          derived.periodText,
          derived.seriesKey,
          'published',
          STAMP,
          STAMP,
        ])
        figureRevisions.push(
          firstPublicationRevisionRow({
            country: country.id,
            id,
            indicator: indicator.id,
            partner: partner?.id ?? null,
            period: derived.period,
            qualifier: 'actual',
            seriesKey: derived.seriesKey,
            source: { accessed: STAMP, publisher: 'Synthetic benchmark data', url: SOURCE_URL },
            unit: 'USD',
            value: Math.round(value * 1e6),
          }),
        )
      }
    }
  }
  statements.push(
    ...insertStatements('observations', observationColumns, observations),
    ...insertStatements('figure_revisions', FIGURE_REVISION_COLUMNS, figureRevisions),
  )

  const authors = Array.from({ length: scale.authors }, (_, index) => ids.authors + index)
  statements.push(
    ...insertStatements(
      'authors',
      ['id', 'name', 'slug', 'affiliation', '_status', 'created_at', 'updated_at'],
      authors.map((id, index) => [
        id,
        `Synthetic Author ${pad(index + 1, 3)}`,
        `synthetic-author-${pad(index + 1, 3)}`,
        'Synthetic benchmark data',
        'published',
        STAMP,
        STAMP,
      ]),
    ),
  )

  const articleSlugs: string[] = []
  const articleRows: InValue[][] = []
  const articleRels: InValue[][] = []
  let relId = ids.articlesRels
  for (let index = 0; index < scale.articles; index++) {
    const id = ids.articles + index
    const slug = `synthetic-analysis-${pad(index + 1, 5)}`
    articleSlugs.push(slug)
    const publishedAt = new Date(Date.UTC(2015, 0, 1) + index * 3_600_000 * 17).toISOString()
    articleRows.push([
      id,
      `Synthetic analysis ${pad(index + 1, 5)}`,
      slug,
      'A synthetic article generated for the performance benchmark.',
      'analysis',
      paragraphDoc('Synthetic benchmark text. It stands in for an analysis and says nothing about any real country.'),
      publishedAt,
      'published',
      publishedAt,
      publishedAt,
    ])
    articleRels.push([relId++, 1, id, 'authors', authors[index % authors.length], null])
    for (let k = 0; k < 1 + (index % 3); k++) {
      articleRels.push([relId++, k + 1, id, 'countries', null, countries[(index * 7 + k * 13) % countries.length].id])
    }
  }
  statements.push(
    ...insertStatements(
      'articles',
      ['id', 'title', 'slug', 'dek', 'section', 'body', 'published_at', '_status', 'created_at', 'updated_at'],
      articleRows,
    ),
    ...insertStatements(
      'articles_rels',
      ['id', 'order', 'parent_id', 'path', 'authors_id', 'countries_id'],
      articleRels,
    ),
  )

  const eventRows: InValue[][] = []
  const eventRels: InValue[][] = []
  let eventId = ids.events
  let eventRelId = ids.eventsRels
  for (const country of countries) {
    for (let k = 0; k < scale.eventsPerCountry; k++) {
      const date = new Date(Date.UTC(2010 + k, (country.id + k) % 12, 1 + (k % 27))).toISOString()
      eventRows.push([
        eventId,
        `Synthetic event ${k + 1} in ${country.name}`,
        `synthetic-event-${country.slug}-${k + 1}`,
        date,
        'day',
        eventDateToText({ date, precision: 'day' }),
        'other',
        'published',
        STAMP,
        STAMP,
      ])
      eventRels.push([eventRelId++, 1, eventId, 'countries', country.id])
      eventId++
    }
  }
  statements.push(
    ...insertStatements(
      'events',
      ['id', 'title', 'slug', 'date', 'date_precision', 'date_text', 'kind', '_status', 'created_at', 'updated_at'],
      eventRows,
    ),
    ...insertStatements('events_rels', ['id', 'order', 'parent_id', 'path', 'countries_id'], eventRels),
  )

  await client.batch(statements, 'write')
  return {
    articleSlugs,
    countryIds: countries.map(({ id }) => id),
    countrySlugs: countries.map(({ slug }) => slug),
    indicatorIds: indicators.map(({ id }) => id),
    indicatorSlugs: indicators.map(({ slug }) => slug),
  }
}
