import React from 'react'

import type { ChartImageLegendEntry } from '@/lib/charts/chartImage'
import type { ChartRequest } from '@/lib/charts/chartAddress'

import { BarChart } from '@/components/site/charts/BarChart'
import { ChoroplethMap } from '@/components/site/charts/ChoroplethMap'
import { seriesColour } from '@/components/site/charts/palette'
import { TimeChart } from '@/components/site/charts/TimeChart'
import { FigureTable } from '@/components/site/FigureTable'
import { ComparePlottedTable } from '@/components/site/views/CompareTables'
import { indicatorPageToView } from '@/components/site/views/indicatorView'
import { partnerBarsHeading, partnerBarsOf } from '@/components/site/views/PartnerBars'
import { regionMapOf } from '@/components/site/views/RegionMap'
import { figuresToSourceLine } from '@/lib/charts/sourceLine'
import { parseAsOf } from '@/lib/figureRevisions/asOf'
import { getComparison } from '@/lib/queries/compare'
import { getCountryProfile } from '@/lib/queries/countryProfile'
import { getIndicatorPage } from '@/lib/queries/indicators'
import { figuresToCompareSection } from '@/lib/series/compareSection'
import { parseCompareSelection } from '@/lib/series/compareQuery'
import { isTarget } from '@/lib/series/points'
import { pointToChartLabel } from '@/lib/series/text'
import { textToSlug } from '@/lib/slugify'

/** One chart of a page, rebuilt from the database the way its page builds it, for its image and its embed. */
export type ChartSource = {
  /** The chart component, labelled by `${chartId}-title`. */
  chart: React.ReactElement
  dataTable: React.ReactNode
  /** File name of the downloads, without extension. */
  fileName: string
  legend: ChartImageLegendEntry[]
  /** The page the chart belongs to. */
  pageHref: string
  source: string
  subtitle: string
  title: string
}

const indicatorChart = async (slug: string, chartId: string, search: URLSearchParams): Promise<ChartSource | null> => {
  const asOf = parseAsOf(search.get('asOf') ?? undefined)
  const data = await getIndicatorPage(slug, asOf.kind === 'pinned' ? asOf.end : null)
  if (!data) {
    return null
  }
  const { indicator } = data
  const view = indicatorPageToView(data)
  const pageHref = `/indicators/${slug}${asOf.kind === 'pinned' ? `?asOf=${encodeURIComponent(search.get('asOf')!)}` : ''}`
  const labelledBy = `${chartId}-title`
  const tableOf = (figures: typeof view.ranked, caption: string) => (
    <FigureTable
      caption={caption}
      figures={figures}
      indicatorOf={() => indicator}
      rowHeader={view.isBilateral ? 'Country × partner' : 'Country'}
      rowLabel={view.pairLabel}
    />
  )
  if (chartId === 'ranking' && view.mainUnit !== 'rank' && view.ranked.length) {
    return {
      chart: (
        <BarChart
          bars={view.ranked.map((figure) => ({
            key: figure.id,
            label: view.isBilateral
              ? `${view.nameOf(figure.country)} × ${figure.partner ? view.nameOf(figure.partner) : '—'}`
              : view.nameOf(figure.country),
            ...pointToChartLabel(figure, indicator),
            planned: isTarget(figure),
            value: figure.value,
          }))}
          labelledBy={labelledBy}
        />
      ),
      dataTable: tableOf(
        view.ranked,
        `${indicator.name}, newest figure of each ${view.isBilateral ? 'pair' : 'country'}.`,
      ),
      fileName: `${slug}-ranking`,
      legend: [],
      pageHref,
      source: figuresToSourceLine({ defaultSource: indicator.defaultSource, figures: view.ranked }),
      subtitle: view.rankingSubtitle,
      title: view.rankingTitle,
    }
  }
  const timeChart = view.timeCharts.find((chart) => `series-${textToSlug(chart.unit)}` === chartId)
  if (timeChart) {
    const figures = timeChart.lines.flatMap((line) => line.points)
    return {
      chart: (
        <TimeChart labelledBy={labelledBy} scale={timeChart.scale} series={timeChart.lines} unit={timeChart.unit} />
      ),
      dataTable: tableOf(figures, `${indicator.name} in ${timeChart.unit}, dated figures by series.`),
      fileName: `${slug}-over-time-${textToSlug(timeChart.unit)}`,
      legend: timeChart.lines.map((line) => ({ colour: line.colour, label: line.label, shape: 'line' })),
      pageHref,
      source: figuresToSourceLine({ defaultSource: indicator.defaultSource, figures }),
      subtitle: view.timeChartSubtitle(timeChart),
      title: `${indicator.name} over time`,
    }
  }
  const map = view.maps.find((item) => item.id === chartId)
  if (map) {
    const {
      data: mapData,
      entries,
      isReversed,
      legend,
    } = regionMapOf({
      figures: map.figures,
      highlight: map.highlight,
      indicator,
      iso3Of: view.iso3Of,
      nameOf: view.nameOf,
    })
    const figures = entries.map(([, figure]) => figure)
    return {
      chart: (
        <ChoroplethMap data={mapData} highlight={map.highlight?.iso3} isReversed={isReversed} labelledBy={labelledBy} />
      ),
      dataTable: tableOf(figures, `${map.title}: the figure coloured for each country.`),
      fileName: `${slug}-${chartId}`,
      legend,
      pageHref,
      source: figuresToSourceLine({ defaultSource: indicator.defaultSource, figures }),
      subtitle: map.subtitle,
      title: map.title,
    }
  }
  return null
}

const countryChart = async (slug: string, chartId: string): Promise<ChartSource | null> => {
  const profile = await getCountryProfile(slug)
  const indicatorSlug = chartId.replace(/^partners-/, '')
  const indicator = profile?.lookups.indicators.get(indicatorSlug)
  if (!profile || !indicator || !chartId.startsWith('partners-') || indicator.unit === 'rank') {
    return null
  }
  const { country, figuresAsReporter, lookups } = profile
  const figures = figuresAsReporter.filter((figure) => figure.indicator === indicatorSlug && figure.partner)
  const { barFigures, bars, nameOf } = partnerBarsOf({
    countries: lookups.countries,
    countrySlug: slug,
    figures,
    indicator,
  })
  if (!bars.length) {
    return null
  }
  return {
    chart: <BarChart bars={bars} labelledBy={`${chartId}-title`} />,
    dataTable: (
      <FigureTable
        caption={`${indicator.name}: newest figure of ${country.name} with each partner.`}
        figures={barFigures}
        indicatorOf={() => indicator}
        rowHeader="Partner"
        rowLabel={(figure) => nameOf(figure.partner)}
      />
    ),
    fileName: `${slug}-${chartId}`,
    legend: [],
    pageHref: `/countries/${slug}`,
    source: figuresToSourceLine({ figures: barFigures }),
    ...partnerBarsHeading({ countryName: country.name, indicator }),
  }
}

const compareChart = async (chartId: string, search: URLSearchParams): Promise<ChartSource | null> => {
  const comparison = await getComparison(parseCompareSelection(search), parseAsOf(search.get('asOf') ?? undefined))
  const countryNames = new Map(comparison.options.countries.map((country) => [country.slug!, country.name]))
  const nameOf = (slug: string) => countryNames.get(slug) ?? slug
  for (const indicator of comparison.indicators) {
    const section = figuresToCompareSection({
      countries: comparison.countries,
      figures: comparison.figures.filter((figure) => figure.indicator === indicator.slug),
      indicator,
      isExpanded: false,
      nameOf,
    })
    const chart = section.charts.find((item) => `indicator-${indicator.slug}-${textToSlug(item.unit)}` === chartId)
    if (chart) {
      const lines = chart.lines.map((line) => ({ ...line, colour: seriesColour(line.index) }))
      return {
        chart: <TimeChart labelledBy={`${chartId}-title`} scale={chart.scale} series={lines} unit={chart.unit} />,
        dataTable: (
          <ComparePlottedTable
            indicator={indicator}
            isBilateral={section.isBilateral}
            plotted={chart.plotted}
            unit={chart.unit}
          />
        ),
        fileName: `compare-${indicator.slug}-${textToSlug(chart.unit)}`,
        legend: lines.map((line) => ({ colour: line.colour, label: line.label, shape: 'line' })),
        pageHref: `/compare?${search.toString()}`,
        source: figuresToSourceLine({ figures: lines.flatMap((line) => line.points) }),
        subtitle: `${chart.unit} · ${chart.lines.length} series`,
        title: `${indicator.name} over time`,
      }
    }
  }
  return null
}

/** The chart an image or embed address names, rebuilt from published data; null when there is no such chart. */
export const findChartSource = async (request: ChartRequest, search: URLSearchParams): Promise<ChartSource | null> => {
  if (request.page === 'indicators' && request.slug) {
    return indicatorChart(request.slug, request.chartId, search)
  }
  if (request.page === 'countries' && request.slug) {
    return countryChart(request.slug, request.chartId)
  }
  if (request.page === 'compare') {
    return compareChart(request.chartId, search)
  }
  return null
}
