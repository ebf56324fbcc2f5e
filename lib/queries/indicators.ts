import { cache } from 'react'

import type { Client } from '@libsql/client'
import type { Payload } from 'payload'

import type { Indicator, Observation } from '@/payload-types'

import { getPayloadClient } from '@/lib/payload'
import type { CompareCountry } from '@/lib/queries/compare'
import type { SeriesPoint } from '@/lib/series/points'

import { getCompareOptions } from '@/lib/queries/compare'
import { comparisonRowsToFigures, sqliteClientOf } from '@/lib/queries/comparisonRead'
import { readComparisonRowsAsOf, withRevisionCounts } from '@/lib/queries/figureRevisions'
import { FIGURE_POPULATE, observationsToFigures } from '@/lib/queries/figures'
import { findPublishedBySlug } from '@/lib/queries/bySlug'
import { asReader } from '@/lib/queries/reader'
import { resolveRichTextReferences } from '@/lib/queries/richText'

export const getIndicatorBySlug = cache((slug: string): Promise<Indicator | null> =>
  findPublishedBySlug('indicators', slug, { depth: 0 }),
)

/**
 * How many of an indicator's newest figures its page reads (charts, maps, rankings): all of them
 * for the seeded indicators, the newest years of every country at bench scale, never unbounded.
 */
export const INDICATOR_FIGURE_LIMIT = 3000
/** How many rows of the figures table the indicator page shows. */
export const INDICATOR_TABLE_ROWS = 100

/** The newest published observations of one indicator, at most `limit`, and how many there are. */
export const getObservationsForIndicator = cache(
  async (indicatorId: number | string, limit: number): Promise<{ docs: Observation[]; totalDocs: number }> => {
    const payload = await getPayloadClient()
    const { docs, totalDocs } = await payload.find({
      ...asReader,
      collection: 'observations',
      depth: 1,
      limit,
      populate: FIGURE_POPULATE,
      sort: '-period.end',
      where: { indicator: { equals: indicatorId } },
    })
    return { docs, totalDocs }
  },
)

export type IndicatorSummary = {
  countryCount: number
  figureCount: number
  indicator: Indicator
  latestPeriod: null | string
}

type IndicatorStats = { countryCount: number; figureCount: number; latestPeriod: null | string }

/**
 * Per indicator id: published figures, reporting countries and the newest dated period, counted by
 * SQLite from the `(indicator, _status, country)` and `(indicator, _status, period.end)` indexes
 * without reading the observations themselves (about 20 ms for 360,000 rows).
 */
export const countIndicatorFiguresInSqlite = async (client: Client): Promise<Map<string, IndicatorStats>> => {
  const { rows } = await client.execute(`
    select o.indicator_id as indicator, count(*) as figures, count(distinct o.country_id) as countries,
      (select l.period_text from observations l
        where l.indicator_id = o.indicator_id and l._status = 'published' and l.period_kind <> 'undated'
        order by l.period_end desc limit 1) as latest
    from observations o
    where o._status = 'published' and o.indicator_id is not null
    group by o.indicator_id`)
  return new Map(
    rows.map((row) => [
      String(row.indicator),
      {
        countryCount: Number(row.countries),
        figureCount: Number(row.figures),
        latestPeriod: (row.latest as null | string) ?? null,
      },
    ]),
  )
}

/** The same counts through the Local API on other databases: reads two fields of every figure. */
export const countIndicatorFiguresThroughPayload = async (payload: Payload): Promise<Map<string, IndicatorStats>> => {
  const observations = await payload.find({
    ...asReader,
    collection: 'observations',
    depth: 0,
    pagination: false,
    select: { country: true, indicator: true, periodText: true, period: { end: true, kind: true, year: true } },
    sort: '-period.end',
  })
  const stats = new Map<string, { countries: Set<string>; count: number; latest: null | string }>()
  for (const observation of observations.docs) {
    const key = String(typeof observation.indicator === 'object' ? observation.indicator?.id : observation.indicator)
    const entry = stats.get(key) ?? { count: 0, countries: new Set<string>(), latest: null }
    entry.count += 1
    entry.countries.add(String(typeof observation.country === 'object' ? observation.country?.id : observation.country))
    if (!entry.latest && observation.period?.kind !== 'undated') {
      entry.latest = observation.periodText ?? null
    }
    stats.set(key, entry)
  }
  return new Map(
    [...stats].map(([key, entry]) => [
      key,
      { countryCount: entry.countries.size, figureCount: entry.count, latestPeriod: entry.latest },
    ]),
  )
}

/** Every published indicator with how much is published for it. */
export const getIndicatorSummaries = cache(async (): Promise<IndicatorSummary[]> => {
  const payload = await getPayloadClient()
  const sqlite = sqliteClientOf(payload)
  const [indicators, stats] = await Promise.all([
    payload.find({ ...asReader, collection: 'indicators', depth: 0, pagination: false, sort: 'name' }),
    sqlite ? countIndicatorFiguresInSqlite(sqlite) : countIndicatorFiguresThroughPayload(payload),
  ])
  return indicators.docs.map((indicator) => ({
    countryCount: 0,
    figureCount: 0,
    latestPeriod: null,
    ...stats.get(String(indicator.id)),
    indicator,
  }))
})

/** An indicator's figures as published at `asOfEnd`, read from the revision log, newest period first. */
const readIndicatorFiguresAsOf = async (
  indicator: Pick<Indicator, 'id' | 'slug' | 'unit'>,
  countries: CompareCountry[],
  asOfEnd: string,
): Promise<SeriesPoint[]> => {
  const payload = await getPayloadClient()
  const scope = { countries, indicators: [indicator] }
  const rows = await readComparisonRowsAsOf(payload, scope, asOfEnd)
  const partnerSlugs = new Map(countries.map((country) => [String(country.id), country.slug!]))
  return (await comparisonRowsToFigures(payload, scope, partnerSlugs, rows)).sort((a, b) =>
    (b.periodEnd ?? '').localeCompare(a.periodEnd ?? ''),
  )
}

/**
 * Everything the indicator page shows; null for an unknown slug. With `asOfEnd` (an ISO instant of a
 * day that has ended) the figures are those published then, read from the revision log. A bilateral
 * indicator with a published `mirrorIndicator` also brings that indicator's figures (the other side's reports).
 */
/**
 * Everything the indicator page shows. `draft` (a staff preview, lib/preview) stands in for the
 * published indicator; its figures are the published ones.
 */
export const getIndicatorPage = cache(async (slug: string, asOfEnd: null | string = null, draft?: Indicator) => {
  const indicator = draft ?? (await getIndicatorBySlug(slug))
  if (!indicator) {
    return null
  }
  const [options, resolved] = await Promise.all([getCompareOptions(), resolveRichTextReferences(indicator.methodology)])
  const countries = options.countries
  const mirrorId =
    typeof indicator.mirrorIndicator === 'object' ? indicator.mirrorIndicator?.id : indicator.mirrorIndicator
  const mirrorIndicator = options.indicators.find((other) => other.id === mirrorId && other.id !== indicator.id) ?? null
  const readFigures = async (of: Pick<Indicator, 'id' | 'slug' | 'unit'>) => {
    if (asOfEnd) {
      const figures = await readIndicatorFiguresAsOf(of, countries, asOfEnd)
      return { figures, observationCount: figures.length }
    }
    const { docs, totalDocs } = await getObservationsForIndicator(of.id, INDICATOR_FIGURE_LIMIT)
    return { figures: observationsToFigures(docs), observationCount: totalDocs }
  }
  const [own, mirror] = await Promise.all([
    readFigures(indicator),
    mirrorIndicator ? readFigures(mirrorIndicator) : Promise.resolve(null),
  ])
  const figures = await withRevisionCounts(own.figures)
  return {
    countries,
    figures,
    indicator,
    mirror: mirror && mirrorIndicator ? { figures: mirror.figures, indicator: mirrorIndicator } : null,
    observationCount: own.observationCount,
    resolved,
    /** The newest figures a reader may see, for the table. */
    tableFigures: figures.slice(0, INDICATOR_TABLE_ROWS),
  }
})

export type IndicatorPageData = NonNullable<Awaited<ReturnType<typeof getIndicatorPage>>>
