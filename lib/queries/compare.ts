import type { SeriesPoint } from '@/lib/series/points'
import { cache } from 'react'

import type { Country, Indicator } from '@/payload-types'
import type { CompareSelection } from '@/lib/series/compareQuery'
import type { DownloadRow, DownloadRowWithRevisions } from '@/lib/series/download'
import type { AsOf } from '@/lib/figureRevisions/asOf'

import { getPayloadClient } from '@/lib/payload'
import {
  comparisonRowsToFigures,
  readComparisonRowsFromSqlite,
  readComparisonRowsThroughPayload,
  sqliteClientOf,
} from '@/lib/queries/comparisonRead'
import { asOfToQuery, parseAsOf } from '@/lib/figureRevisions/asOf'
import { readComparisonRowsAsOf, readRevisionLogs, withRevisionCounts } from '@/lib/queries/figureRevisions'
import { figureSourceToRef } from '@/lib/queries/figures'
import { asReader } from '@/lib/queries/reader'
import {
  compareSelectionToQuery,
  MAX_COUNTRIES,
  MAX_INDICATORS,
  parseCompareSelection,
} from '@/lib/series/compareQuery'
import { compareFigureOrder } from '@/lib/series/compareSection'
import { pointToDownloadRow } from '@/lib/series/download'

export type CompareCountry = Pick<Country, 'id' | 'iso3' | 'kind' | 'name' | 'region' | 'slug'>

export type CompareIndicator = Pick<
  Indicator,
  'category' | 'decimals' | 'description' | 'id' | 'kind' | 'mirrorIndicator' | 'name' | 'scale' | 'slug' | 'unit'
>

export type CompareOptions = { countries: CompareCountry[]; indicators: CompareIndicator[] }

/** Everything a reader can pick from: published countries and indicators, by name. */
export const getCompareOptions = cache(async (): Promise<CompareOptions> => {
  const payload = await getPayloadClient()
  const [countries, indicators] = await Promise.all([
    payload.find({
      ...asReader,
      collection: 'countries',
      depth: 0,
      pagination: false,
      select: { iso3: true, kind: true, name: true, region: true, slug: true },
      sort: 'name',
    }),
    payload.find({
      ...asReader,
      collection: 'indicators',
      depth: 0,
      pagination: false,
      select: {
        category: true,
        decimals: true,
        description: true,
        kind: true,
        mirrorIndicator: true,
        name: true,
        scale: true,
        slug: true,
        unit: true,
      },
      sort: 'name',
    }),
  ])
  return { countries: countries.docs as CompareCountry[], indicators: indicators.docs as CompareIndicator[] }
})

export type Comparison = {
  /** The day the figures are pinned to (`&asOf=`), or current figures. */
  asOf: AsOf
  /**
   * For each chosen indicator with no figure for the chosen countries: some countries that do have
   * figures (slugs), so an empty result can suggest where data exists.
   */
  coveredElsewhere: Map<string, string[]>
  countries: CompareCountry[]
  figures: SeriesPoint[]
  indicators: CompareIndicator[]
  /** What the address asked for that is not shown, in words for the reader. */
  notices: string[]
  options: CompareOptions
}

/**
 * Read once per request and canonical query: `cache()` compares arguments by identity, so it is
 * keyed by the query string, which the page's metadata and body (each parsing its own selection
 * object) and the downloads all produce alike.
 */
const readComparison = cache(async (query: string): Promise<Comparison> => {
  const params = new URLSearchParams(query)
  const selection = parseCompareSelection(params)
  const asOf = parseAsOf(params.get('asOf') ?? undefined)
  const options = await getCompareOptions()
  const notices: string[] = []
  const pick = <T extends { slug?: null | string }>(slugs: string[], from: T[], noun: string, max: number): T[] => {
    const found = slugs.flatMap((slug) => from.filter((item) => item.slug === slug))
    const unknown = slugs.filter((slug) => !from.some((item) => item.slug === slug))
    if (unknown.length) {
      notices.push(`No published ${noun} called “${unknown.join('”, “')}”.`)
    }
    if (found.length > max) {
      notices.push(`At most ${max} ${noun} can be compared; showing the first ${max}.`)
    }
    return found.slice(0, max)
  }
  const countries = pick(selection.countries, options.countries, 'countries', MAX_COUNTRIES)
  const indicators = pick(selection.indicators, options.indicators, 'indicators', MAX_INDICATORS)
  if (!countries.length || !indicators.length) {
    return { asOf, countries, coveredElsewhere: new Map(), figures: [], indicators, notices, options }
  }
  const payload = await getPayloadClient()
  const scope = { countries, indicators }
  const sqlite = sqliteClientOf(payload)
  // Pinned to a day: the figures as the revision log says they were published then.
  const rows =
    asOf.kind === 'pinned'
      ? await readComparisonRowsAsOf(payload, scope, asOf.end)
      : sqlite
        ? await readComparisonRowsFromSqlite(sqlite, scope)
        : await readComparisonRowsThroughPayload(payload, scope)
  const partnerSlugs = new Map(options.countries.map((country) => [String(country.id), country.slug!]))
  const figures = await withRevisionCounts(await comparisonRowsToFigures(payload, scope, partnerSlugs, rows))
  const coveredElsewhere = await findCoverageElsewhere(
    indicators.filter((indicator) => !figures.some((figure) => figure.indicator === indicator.slug)),
    options.countries,
  )
  return { asOf, countries, coveredElsewhere, figures, indicators, notices, options }
})

/**
 * The published figures of the chosen indicators whose country (the reporter) is one of the chosen
 * countries. Unknown slugs and selections over the limits are dropped with a notice.
 */
export const getComparison = (selection: CompareSelection, asOf: AsOf = { kind: 'current' }): Promise<Comparison> => {
  const query = compareSelectionToQuery(selection)
  const pin = asOfToQuery(asOf)
  return readComparison(pin ? `${query}${query ? '&' : '?'}${pin}` : query)
}

const COVERAGE_SAMPLE = 200

/** Up to a few reporting countries per indicator, read from a bounded sample of its figures. */
const findCoverageElsewhere = async (
  indicators: CompareIndicator[],
  countries: CompareCountry[],
): Promise<Map<string, string[]>> => {
  if (!indicators.length) {
    return new Map()
  }
  const payload = await getPayloadClient()
  const slugById = new Map(countries.map((country) => [String(country.id), country.slug!]))
  const entries = await Promise.all(
    indicators.map(async (indicator) => {
      const { docs } = await payload.find({
        ...asReader,
        collection: 'observations',
        depth: 0,
        limit: COVERAGE_SAMPLE,
        select: { country: true },
        where: { indicator: { equals: indicator.id } },
      })
      const slugs = docs
        .map((doc) => slugById.get(String(typeof doc.country === 'object' ? doc.country.id : doc.country)))
        .filter((slug): slug is string => !!slug)
      return [indicator.slug!, [...new Set(slugs)].slice(0, 4)] as const
    }),
  )
  return new Map(entries.filter(([, slugs]) => slugs.length))
}

/**
 * The figures of a comparison in the order the page shows them: indicator by indicator as chosen,
 * then country as chosen, then partner, subject and period.
 */
export const orderComparisonFigures = (comparison: Comparison): SeriesPoint[] => {
  const name = new Map(comparison.options.countries.map((country) => [country.slug, country.name]))
  return [...comparison.figures].sort(
    compareFigureOrder({
      countries: comparison.countries.map((country) => country.slug!),
      indicators: comparison.indicators.map((indicator) => indicator.slug!),
      nameOf: (slug) => name.get(slug) ?? slug,
    }),
  )
}

/** The comparison as download rows with absolute source links, in page order. */
export const comparisonToDownloadRows = (comparison: Comparison, origin: string): DownloadRow[] => {
  const countryName = new Map(comparison.options.countries.map((country) => [country.slug!, country.name]))
  const indicatorName = new Map(comparison.indicators.map((indicator) => [indicator.slug!, indicator.name]))
  return orderComparisonFigures(comparison).map((figure) =>
    pointToDownloadRow({
      countryName: (slug) => countryName.get(slug) ?? slug,
      indicatorName: (slug) => indicatorName.get(slug) ?? slug,
      point: figure,
      source: figureSourceToRef(figure.source, origin),
    }),
  )
}

/**
 * The download rows with each figure's revision log (`&revisions=1`), oldest entry first; a
 * comparison pinned to a day lists only what had been published by its end.
 */
export const comparisonToDownloadRowsWithRevisions = async (
  comparison: Comparison,
  origin: string,
): Promise<DownloadRowWithRevisions[]> => {
  const rows = comparisonToDownloadRows(comparison, origin)
  const payload = await getPayloadClient()
  const logs = await readRevisionLogs(
    payload,
    rows.map((row) => row.observation_id),
  )
  const end = comparison.asOf.kind === 'pinned' ? comparison.asOf.end : null
  return rows.map((row) => ({
    ...row,
    revisions: (logs.get(row.observation_id) ?? [])
      .filter((entry) => end === null || entry.publishedAt <= end)
      .map((entry) => ({
        approved_by: entry.approvedBy,
        kind: entry.kind,
        previous_value: entry.previousValue,
        previous_value_max: entry.previousValueMax,
        published_at: entry.publishedAt,
        reason: entry.reason ?? '',
        value: entry.value,
        value_max: entry.valueMax,
      })),
  }))
}
