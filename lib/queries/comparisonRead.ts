import type { SeriesPoint } from '@/lib/series/points'
import type { Client } from '@libsql/client'
import type { Payload } from 'payload'

import type { Article, Observation } from '@/payload-types'

import { asReader } from '@/lib/queries/reader'
import { storedPeriodToPeriod } from '@/lib/period'
import { toSeriesPoint } from '@/lib/series/points'
import { isFigureVisible } from '@/lib/series/visibility'

/** The published countries and indicators a comparison may show, by id (already read as a reader). */
export type ComparisonScope = {
  countries: { id: number | string; slug?: null | string }[]
  indicators: { id: number | string; slug?: null | string; unit: string }[]
}

/** The fields of an observation a figure needs; the source article stays an id until resolved. */
export type ObservationRow = Pick<
  Observation,
  'id' | 'period' | 'qualifier' | 'qualifierNote' | 'subject' | 'unit' | 'value' | 'valueMax'
> & {
  country: number | string
  indicator: number | string
  partner: null | number | string
  source: {
    accessed: null | string
    article: null | number | string
    footnote: null | string
    publisher: null | string
    url: null | string
  }
}

const OBSERVATION_FIELDS = {
  country: true,
  indicator: true,
  partner: true,
  period: true,
  qualifier: true,
  qualifierNote: true,
  source: true,
  subject: true,
  unit: true,
  value: true,
  valueMax: true,
} as const

const idOf = (value: unknown): null | number | string =>
  value && typeof value === 'object' && 'id' in value
    ? (value as { id: number | string }).id
    : ((value as null | number | string | undefined) ?? null)

/**
 * Through the Local API as a reader, with no population and only the fields a figure shows: the
 * read on every database adapter, and the reference the SQLite read is tested against.
 */
export const readComparisonRowsThroughPayload = async (
  payload: Payload,
  scope: ComparisonScope,
): Promise<ObservationRow[]> => {
  const { docs } = await payload.find({
    ...asReader,
    collection: 'observations',
    depth: 0,
    pagination: false,
    select: OBSERVATION_FIELDS,
    sort: 'period.end',
    where: {
      and: [
        { indicator: { in: scope.indicators.map((indicator) => indicator.id) } },
        { country: { in: scope.countries.map((country) => country.id) } },
      ],
    },
  })
  return docs.map((doc) => ({
    country: idOf(doc.country)!,
    id: doc.id,
    indicator: idOf(doc.indicator)!,
    partner: idOf(doc.partner),
    period: doc.period,
    qualifier: doc.qualifier,
    qualifierNote: doc.qualifierNote ?? null,
    source: {
      accessed: doc.source?.accessed ?? null,
      article: idOf(doc.source?.article),
      footnote: doc.source?.footnote ?? null,
      publisher: doc.source?.publisher ?? null,
      url: doc.source?.url ?? null,
    },
    subject: doc.subject ?? null,
    unit: doc.unit,
    value: doc.value,
    valueMax: doc.valueMax ?? null,
  }))
}

type SqlValue = null | number | string

/**
 * The same rows as one indexed SQL statement on SQLite: published observations only (what reader
 * access allows), of the given indicators and countries, which the caller has read as a reader.
 * Payload's per-document work (hooks, access, field traversal) costs about ten times the query
 * itself for a 6 × 10 comparison at bench scale.
 */
export const readComparisonRowsFromSqlite = async (
  client: Client,
  scope: ComparisonScope,
): Promise<ObservationRow[]> => {
  const indicatorIds = scope.indicators.map((indicator) => Number(indicator.id))
  const countryIds = scope.countries.map((country) => Number(country.id))
  const placeholders = (values: unknown[]) => values.map(() => '?').join(', ')
  // All but the two REAL columns come as one JSON array per row: the client builds an object per
  // column of every row, which cost more than the query itself (SQLite's JSON would round REALs).
  const { rows } = await client.execute({
    args: [...indicatorIds, ...countryIds],
    sql: `select json_array(id, indicator_id, country_id, partner_id, subject, period_kind, period_year,
              period_start, period_end, period_label, unit, qualifier, qualifier_note, source_article_id,
              source_footnote, source_url, source_accessed, source_publisher) as fields,
            value, value_max
          from observations
          where indicator_id in (${placeholders(indicatorIds)}) and country_id in (${placeholders(countryIds)})
            and _status = 'published'
          order by period_end is not null, period_end, id`,
  })
  return rows.map((row) => {
    const [
      id,
      indicator,
      country,
      partner,
      subject,
      periodKind,
      periodYear,
      periodStart,
      periodEnd,
      periodLabel,
      unit,
      qualifier,
      qualifierNote,
      sourceArticle,
      sourceFootnote,
      sourceUrl,
      sourceAccessed,
      sourcePublisher,
    ] = JSON.parse(row.fields as string) as SqlValue[]
    const numberOrNull = (value: SqlValue) => (value === null ? null : Number(value))
    return {
      country: Number(country),
      id: Number(id),
      indicator: Number(indicator),
      partner: numberOrNull(partner),
      period: {
        end: periodEnd as null | string,
        kind: periodKind as NonNullable<Observation['period']['kind']>,
        label: periodLabel as null | string,
        start: periodStart as null | string,
        year: numberOrNull(periodYear),
      },
      qualifier: qualifier as Observation['qualifier'],
      qualifierNote: qualifierNote as null | string,
      source: {
        accessed: sourceAccessed as null | string,
        article: numberOrNull(sourceArticle),
        footnote: sourceFootnote as null | string,
        publisher: sourcePublisher as null | string,
        url: sourceUrl as null | string,
      },
      subject: subject as null | string,
      unit: unit as string,
      value: Number(row.value),
      valueMax: numberOrNull(row.value_max as SqlValue),
    }
  })
}

type SourceArticle = Pick<Article, 'footnoteIds' | 'id' | 'slug' | 'title'>

/**
 * Rows as figures: indicator and country slugs from the scope, partner slugs from `partnerSlugs`
 * (the countries a reader can see), source articles read once for all rows as a reader. A row
 * whose partner a reader cannot see is left out (`isFigureVisible`).
 */
export const comparisonRowsToFigures = async (
  payload: Payload,
  scope: ComparisonScope,
  partnerSlugs: Map<string, string>,
  rows: ObservationRow[],
): Promise<SeriesPoint[]> => {
  const articleIds = [...new Set(rows.map((row) => row.source.article).filter((id) => id !== null))]
  const articles = new Map<string, SourceArticle>()
  if (articleIds.length) {
    const { docs } = await payload.find({
      ...asReader,
      collection: 'articles',
      depth: 0,
      pagination: false,
      select: { footnoteIds: true, slug: true, title: true },
      where: { id: { in: articleIds } },
    })
    for (const article of docs) {
      articles.set(String(article.id), article as SourceArticle)
    }
  }
  const indicators = new Map(scope.indicators.map((indicator) => [String(indicator.id), indicator]))
  const countries = new Map(scope.countries.map((country) => [String(country.id), country.slug]))
  return rows.flatMap((row): SeriesPoint[] => {
    const indicator = indicators.get(String(row.indicator))
    const country = countries.get(String(row.country)) || null
    const partner = row.partner === null ? null : (partnerSlugs.get(String(row.partner)) ?? null)
    if (
      !indicator?.slug ||
      !isFigureVisible({ country, hasPartner: row.partner !== null, indicator: indicator.slug, partner })
    ) {
      return []
    }
    const article = row.source.article === null ? null : (articles.get(String(row.source.article)) ?? null)
    return [
      {
        ...toSeriesPoint({
          country: country!,
          id: String(row.id),
          indicator: indicator.slug,
          partner,
          period: storedPeriodToPeriod(row.period),
          qualifier: row.qualifier ?? 'actual',
          qualifierNote: row.qualifierNote ?? null,
          subject: row.subject ?? null,
          unit: row.unit || indicator.unit,
          value: row.value,
          valueMax: row.valueMax ?? null,
        }),
        source: { ...row.source, article: article as Article | null },
      },
    ]
  })
}

/** The SQLite client when Payload runs on SQLite; null on any other database. */
export const sqliteClientOf = (payload: Payload): Client | null => {
  const db = payload.db as unknown as { client?: Client; name?: string }
  return db.name === 'sqlite' && db.client ? db.client : null
}
