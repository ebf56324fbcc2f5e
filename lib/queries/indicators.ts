import { cache } from 'react'

import type { Indicator, Observation } from '@/payload-types'

import { getPayloadClient } from '@/lib/payload'
import { getCompareOptions } from '@/lib/queries/compare'
import { FIGURE_POPULATE, observationsToFigures } from '@/lib/queries/figures'
import { asReader } from '@/lib/queries/reader'
import { resolveRichTextReferences } from '@/lib/queries/richText'

export const getIndicatorBySlug = cache(async (slug: string): Promise<Indicator | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'indicators',
    depth: 0,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
})

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

/**
 * Every published indicator with how much is published for it: number of figures, of reporting
 * countries, and the newest dated period. Reads only the fields it counts.
 */
export const getIndicatorSummaries = cache(async (): Promise<IndicatorSummary[]> => {
  const payload = await getPayloadClient()
  const [indicators, observations] = await Promise.all([
    payload.find({ ...asReader, collection: 'indicators', depth: 0, pagination: false, sort: 'name' }),
    payload.find({
      ...asReader,
      collection: 'observations',
      depth: 0,
      pagination: false,
      select: { country: true, indicator: true, periodText: true, period: { end: true, kind: true, year: true } },
      sort: '-period.end',
    }),
  ])
  const stats = new Map<string, { countries: Set<string>; count: number; latest: null | string }>()
  for (const observation of observations.docs) {
    const key = String(typeof observation.indicator === 'object' ? observation.indicator.id : observation.indicator)
    const entry = stats.get(key) ?? { count: 0, countries: new Set<string>(), latest: null }
    entry.count += 1
    entry.countries.add(String(typeof observation.country === 'object' ? observation.country.id : observation.country))
    if (!entry.latest && observation.period?.kind !== 'undated') {
      entry.latest = observation.periodText ?? null
    }
    stats.set(key, entry)
  }
  return indicators.docs.map((indicator) => {
    const entry = stats.get(String(indicator.id))
    return {
      countryCount: entry?.countries.size ?? 0,
      figureCount: entry?.count ?? 0,
      indicator,
      latestPeriod: entry?.latest ?? null,
    }
  })
})

/** Everything the indicator page shows; null for an unknown slug. */
export const getIndicatorPage = cache(async (slug: string) => {
  const indicator = await getIndicatorBySlug(slug)
  if (!indicator) {
    return null
  }
  const [{ docs: observations, totalDocs: observationCount }, countries, resolved] = await Promise.all([
    getObservationsForIndicator(indicator.id, INDICATOR_FIGURE_LIMIT),
    getCompareOptions().then((options) => options.countries),
    resolveRichTextReferences(indicator.methodology),
  ])
  return {
    countries,
    figures: observationsToFigures(observations),
    indicator,
    observationCount,
    observations: observations.slice(0, INDICATOR_TABLE_ROWS),
    resolved,
  }
})
