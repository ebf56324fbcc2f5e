import React from 'react'

import { figuresToSourceLine } from '@/lib/charts/sourceLine'
import { parseAsOf } from '@/lib/figureRevisions/asOf'
import { getComparison } from '@/lib/queries/compare'
import { figuresToCompareSection } from '@/lib/series/compareSection'
import { parseCompareSelection } from '@/lib/series/compareQuery'

import { CompareNewestTable } from './CompareTables'

const TABLE_ID_PREFIX = 'table-'

/** The embed address of a comparison's newest-figures table for one indicator, with the comparison's query. */
export const compareTableEmbedPath = (indicatorSlug: string, search: string): string =>
  `/embed/compare/${TABLE_ID_PREFIX}${indicatorSlug}${search}`

export type CompareTableEmbed = { pageHref: string; source: string; table: React.ReactElement; title: string }

/**
 * The newest figure of each chosen country (or pair) for one indicator of a comparison, rebuilt from
 * published data as the comparison page shows it; null when the address names no table with figures.
 */
export const findCompareTableEmbed = async (
  tableId: string,
  search: URLSearchParams,
): Promise<CompareTableEmbed | null> => {
  if (!tableId.startsWith(TABLE_ID_PREFIX)) {
    return null
  }
  const slug = tableId.slice(TABLE_ID_PREFIX.length)
  const comparison = await getComparison(parseCompareSelection(search), parseAsOf(search.get('asOf') ?? undefined))
  const indicator = comparison.indicators.find((item) => item.slug === slug)
  if (!indicator) {
    return null
  }
  const countryNames = new Map(comparison.options.countries.map((country) => [country.slug!, country.name]))
  const section = figuresToCompareSection({
    countries: comparison.countries,
    figures: comparison.figures.filter((figure) => figure.indicator === slug),
    indicator,
    isExpanded: false,
    nameOf: (countrySlug) => countryNames.get(countrySlug) ?? countrySlug,
  })
  if (!section.hasFigures) {
    return null
  }
  return {
    pageHref: `/compare?${search.toString()}`,
    source: figuresToSourceLine({ figures: section.newest.flatMap(({ figure }) => (figure ? [figure] : [])) }),
    table: (
      <CompareNewestTable
        id={tableId}
        indicator={indicator}
        isBilateral={section.isBilateral}
        newest={section.newest}
      />
    ),
    title: `${indicator.name}: newest figures`,
  }
}
