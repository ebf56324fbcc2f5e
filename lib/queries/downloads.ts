import type { AsOf } from '@/lib/figureRevisions/asOf'
import type { Dataset, DatasetIndicator } from '@/lib/downloads/dataset'
import type { CompareSelection } from '@/lib/series/compareQuery'
import type { SeriesPoint } from '@/lib/series/points'

import { comparisonDatasetTitle, countryDatasetTitle, indicatorDatasetTitle, todayUtc } from '@/lib/citation/citation'
import { pathWithAsOf } from '@/lib/figureRevisions/asOf'
import { getPayloadClient } from '@/lib/payload'
import { comparisonToDownloadRows, getComparison } from '@/lib/queries/compare'
import { getCountryProfile } from '@/lib/queries/countryProfile'
import { readLastRevisionDate } from '@/lib/queries/figureRevisions'
import { figureSourceToRef } from '@/lib/queries/figures'
import { getIndicatorPage } from '@/lib/queries/indicators'
import { asReader } from '@/lib/queries/reader'
import { richTextToPlainText } from '@/lib/richText/plainText'
import { compareSelectionToPath } from '@/lib/series/compareQuery'
import { pointToDownloadRow } from '@/lib/series/download'
import { absoluteUrl } from '@/lib/siteUrl'

const pinnedDay = (asOf: AsOf): null | string => (asOf.kind === 'pinned' ? asOf.date : null)

/** The definitions of the indicators, in the order given, as a reader may see them. */
const readDatasetIndicators = async (slugs: string[]): Promise<DatasetIndicator[]> => {
  if (!slugs.length) {
    return []
  }
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'indicators',
    depth: 0,
    pagination: false,
    select: { description: true, methodology: true, name: true, otherUnits: true, slug: true, unit: true },
    where: { slug: { in: slugs } },
  })
  return slugs.flatMap((slug) =>
    docs
      .filter((indicator) => indicator.slug === slug)
      .map((indicator) => ({
        definition: indicator.description,
        methodology: richTextToPlainText(indicator.methodology),
        name: indicator.name,
        otherUnits: indicator.otherUnits ?? [],
        slug,
        unit: indicator.unit,
      })),
  )
}

const pointsToDataset = async ({
  asOf,
  countryName,
  fileBase,
  indicatorName,
  notes,
  origin,
  path,
  points,
  title,
}: {
  asOf: AsOf
  countryName: (slug: string) => string
  fileBase: string
  indicatorName: (slug: string) => string
  notes: string[]
  origin: string
  path: string
  points: SeriesPoint[]
  title: string
}): Promise<Dataset> => {
  const rows = points.map((point) =>
    pointToDownloadRow({ countryName, indicatorName, point, source: figureSourceToRef(point.source, origin) }),
  )
  const payload = await getPayloadClient()
  const [indicators, lastRevisedAt] = await Promise.all([
    readDatasetIndicators([...new Set(rows.map((row) => row.indicator))]),
    readLastRevisionDate(
      payload,
      rows.map((row) => row.observation_id),
      asOf.kind === 'pinned' ? asOf.end : null,
    ),
  ])
  return {
    accessedOn: todayUtc(),
    asOf: pinnedDay(asOf),
    fileBase: asOf.kind === 'pinned' ? `${fileBase}-as-of-${asOf.date}` : fileBase,
    indicators,
    lastRevisedAt,
    notes,
    permalink: absoluteUrl(pathWithAsOf(path, asOf)),
    rows,
    title,
  }
}

const partialNote = (shown: number, total: number, where: string): string[] =>
  total > shown
    ? [`This download holds the ${shown} newest of ${total} published figures, as the page does; ${where}.`]
    : []

/** The figures of an indicator page (pinned to a day when `asOf` is), or null for an unknown indicator. */
export const getIndicatorDataset = async ({
  asOf,
  origin,
  slug,
}: {
  asOf: AsOf
  origin: string
  slug: string
}): Promise<Dataset | null> => {
  const data = await getIndicatorPage(slug, asOf.kind === 'pinned' ? asOf.end : null)
  if (!data) {
    return null
  }
  const countryNames = new Map(data.countries.map((country) => [country.slug!, country.name]))
  return pointsToDataset({
    asOf,
    countryName: (country) => countryNames.get(country) ?? country,
    fileBase: `crossroads-indicator-${slug}`,
    indicatorName: () => data.indicator.name,
    notes: partialNote(data.figures.length, data.observationCount, 'compare chosen countries for all of theirs'),
    origin,
    path: `/indicators/${slug}`,
    points: data.figures,
    title: indicatorDatasetTitle(data.indicator),
  })
}

/** The figures of a country profile (the country as reporter or partner), or null for an unknown country. */
export const getCountryDataset = async ({
  origin,
  slug,
}: {
  origin: string
  slug: string
}): Promise<Dataset | null> => {
  const profile = await getCountryProfile(slug)
  if (!profile) {
    return null
  }
  const { country, figures, lookups, observationCount } = profile
  return pointsToDataset({
    asOf: { kind: 'current' },
    countryName: (other) => lookups.countries.get(other)?.name ?? other,
    fileBase: `crossroads-country-${slug}`,
    indicatorName: (indicator) => lookups.indicators.get(indicator)?.name ?? indicator,
    notes: partialNote(
      figures.length,
      observationCount,
      `compare ${country.name} on chosen indicators for all of them`,
    ),
    origin,
    path: `/countries/${slug}`,
    points: figures,
    title: countryDatasetTitle(country),
  })
}

/** The figures of a comparison, the same rows as its CSV and JSON downloads. */
export const getComparisonDataset = async ({
  asOf,
  fileBase,
  origin,
  selection,
}: {
  asOf: AsOf
  fileBase: string
  origin: string
  selection: CompareSelection
}): Promise<Dataset> => {
  const comparison = await getComparison(selection, asOf)
  const rows = comparisonToDownloadRows(comparison, origin)
  const shown = {
    countries: comparison.countries.map((country) => country.slug!),
    indicators: comparison.indicators.map((indicator) => indicator.slug!),
  }
  const payload = await getPayloadClient()
  const [indicators, lastRevisedAt] = await Promise.all([
    readDatasetIndicators(shown.indicators),
    readLastRevisionDate(
      payload,
      rows.map((row) => row.observation_id),
      comparison.asOf.kind === 'pinned' ? comparison.asOf.end : null,
    ),
  ])
  return {
    accessedOn: todayUtc(),
    asOf: pinnedDay(comparison.asOf),
    fileBase,
    indicators,
    lastRevisedAt,
    notes: comparison.notices,
    permalink: absoluteUrl(pathWithAsOf(compareSelectionToPath(shown), comparison.asOf)),
    rows,
    title: comparisonDatasetTitle(comparison),
  }
}
