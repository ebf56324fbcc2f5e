import React from 'react'

import type { SeriesPoint } from '@/lib/series/points'
import type { CountryLookup, IndicatorLookup } from '@/lib/queries/lookups'

import { BarChart } from '@/components/site/charts/BarChart'
import { ChartFigure } from '@/components/site/charts/ChartFigure'
import { FigureTable } from '@/components/site/FigureTable'
import { isTarget } from '@/lib/series/points'
import { bilateralMatrix } from '@/lib/series/matrix'
import { pointToChartLabel } from '@/lib/series/text'

type Props = {
  countries: Map<string, CountryLookup>
  countryName: string
  countrySlug: string
  figures: SeriesPoint[]
  indicator: IndicatorLookup
}

/** One bilateral indicator of a country as bars, one per partner, largest first. */
export const PartnerBars = ({ countries, countryName, countrySlug, figures, indicator }: Props) => {
  const matrix = bilateralMatrix({ points: figures, reporters: [countrySlug] })
  const shown = matrix.partners.map((partner) => matrix.cells.get(`${countrySlug}→${partner}`)!.shown)
  const nameOf = (slug: null | string) => (slug ? (countries.get(slug)?.name ?? slug) : '')
  const id = `partners-${indicator.slug}`
  const units = [...new Set(shown.map((figure) => figure.unit))]
  const bars = shown
    .filter((figure) => figure.unit === units[0])
    .map((figure) => ({
      key: figure.id,
      label: nameOf(figure.partner),
      ...pointToChartLabel(figure, indicator),
      planned: isTarget(figure),
      value: figure.value,
    }))
  return (
    <ChartFigure
      dataTable={
        <FigureTable
          caption={`${indicator.name}: every published figure of ${countryName} by partner.`}
          figures={matrix.partners.flatMap((partner) => matrix.cells.get(`${countrySlug}→${partner}`)!.points)}
          indicatorOf={() => indicator}
          rowHeader="Partner"
          rowLabel={(figure) => nameOf(figure.partner)}
        />
      }
      id={id}
      notes={
        <p>
          Newest published figure per partner; a hollow bar is a target, shown only where nothing was observed. Periods
          differ between partners, so read each bar with its period.
          {units.length > 1 ? ` Figures in ${units.slice(1).join(', ')} are in the table only.` : ''}
        </p>
      }
      subtitle={`${indicator.unit === 'percent' ? 'Percent' : indicator.unit} · ${countryName} with each partner`}
      title={indicator.name}
    >
      <BarChart bars={bars} labelledBy={`${id}-title`} />
    </ChartFigure>
  )
}
