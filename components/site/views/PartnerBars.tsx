import React from 'react'

import type { SeriesPoint } from '@/lib/series/points'
import type { CountryLookup, IndicatorLookup } from '@/lib/queries/lookups'

import type { Bar } from '@/components/site/charts/BarChart'

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

type PartnerBarsInput = Omit<Props, 'countryName'>

/** The bars of one bilateral indicator of a country: the newest figure with each partner, in the first unit found. */
export const partnerBarsOf = ({ countries, countrySlug, figures, indicator }: PartnerBarsInput) => {
  const matrix = bilateralMatrix({ points: figures, reporters: [countrySlug] })
  const shown = matrix.partners.map((partner) => matrix.cells.get(`${countrySlug}→${partner}`)!.shown)
  const nameOf = (slug: null | string) => (slug ? (countries.get(slug)?.name ?? slug) : '')
  const units = [...new Set(shown.map((figure) => figure.unit))]
  const barFigures = shown.filter((figure) => figure.unit === units[0])
  const bars: Bar[] = barFigures.map((figure) => ({
    key: figure.id,
    label: nameOf(figure.partner),
    ...pointToChartLabel(figure, indicator),
    planned: isTarget(figure),
    value: figure.value,
  }))
  return { barFigures, bars, matrix, nameOf, units }
}

/** The title and unit line of a country's partner chart, on the page and in its image. */
export const partnerBarsHeading = ({ countryName, indicator }: Pick<Props, 'countryName' | 'indicator'>) => ({
  subtitle: `${indicator.unit === 'percent' ? 'Percent' : indicator.unit} · ${countryName} with each partner`,
  title: indicator.name,
})

/** One bilateral indicator of a country as bars, one per partner, largest first. */
export const PartnerBars = ({ countries, countryName, countrySlug, figures, indicator }: Props) => {
  const { bars, matrix, nameOf, units } = partnerBarsOf({ countries, countrySlug, figures, indicator })
  const id = `partners-${indicator.slug}`
  const heading = partnerBarsHeading({ countryName, indicator })
  return (
    <ChartFigure
      address={{ page: `/countries/${countrySlug}` }}
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
      subtitle={heading.subtitle}
      title={heading.title}
    >
      <BarChart bars={bars} labelledBy={`${id}-title`} />
    </ChartFigure>
  )
}
