import type { SeriesPoint } from '@/lib/series/points'
import type { getIndicatorPage } from '@/lib/queries/indicators'

import { seriesColour } from '@/components/site/charts/palette'
import { COUNTRY_REGIONS } from '@/lib/countries/options'
import { INDICATOR_CATEGORIES, INDICATOR_SCALES } from '@/lib/indicators/options'
import { chooseReporters, isChartedReport, pairMirrorFigures } from '@/lib/series/mirror'
import { pickShown, seriesKeyOf } from '@/lib/series/points'
import { groupByUnit, sharedScale } from '@/lib/series/scale'

export type IndicatorPageData = NonNullable<Awaited<ReturnType<typeof getIndicatorPage>>>

const MAX_LINES = 8
const MAX_REPORTER_MAPS = 4

const groupBy = <T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item])
  }
  return groups
}

/**
 * What an indicator page draws (ranking, maps, charts over time), worked out once for the page and
 * for the chart images and embeds that rebuild its charts (components/site/charts/chartSources.tsx).
 */
export const indicatorPageToView = (data: IndicatorPageData) => {
  const { countries, figures, indicator } = data
  const countryBySlug = new Map(countries.map((country) => [country.slug!, country]))
  const nameOf = (slug: string) => countryBySlug.get(slug)?.name ?? slug
  const iso3Of = (slug: string) => countryBySlug.get(slug)?.iso3 ?? null
  /**
   * A regional aggregate ("Central Asia (regional aggregate)") has no outline of its own; its
   * region's member states are outlined instead.
   */
  const outlineOf = (slug: string): string[] => {
    const country = countryBySlug.get(slug)
    const region = COUNTRY_REGIONS.find((item) => country?.name.startsWith(item.label))
    if (country?.kind === 'aggregate' && region) {
      return countries
        .filter((member) => member.region === region.value && member.kind === 'state' && member.iso3)
        .map((member) => member.iso3)
    }
    return country?.iso3 ? [country.iso3] : []
  }
  const isBilateral = indicator.kind === 'bilateral'
  const pairLabel = (figure: SeriesPoint) =>
    `${nameOf(figure.country)}${figure.partner ? ` × ${nameOf(figure.partner)}` : ''}${figure.subject ? ` (${figure.subject})` : ''}`
  const category = INDICATOR_CATEGORIES.find((option) => option.value === indicator.category)?.label
  const scaleLabel = INDICATOR_SCALES.find((option) => option.value === indicator.scale)?.label
  const units = [indicator.unit, ...(indicator.otherUnits ?? [])]
  const mainUnit = figures.some((figure) => figure.unit === indicator.unit)
    ? indicator.unit
    : (figures[0]?.unit ?? indicator.unit)
  const inMainUnit = figures.filter((figure) => figure.unit === mainUnit)
  const otherUnitCount = figures.length - inMainUnit.length

  const series = [...groupBy(figures, seriesKeyOf).values()]
  const shownPerSeries = series.map((points) => pickShown(points)!).filter((figure) => figure.unit === mainUnit)
  const ranked = [...shownPerSeries].sort((a, b) => (mainUnit === 'rank' ? a.value - b.value : b.value - a.value))
  const reporters = [...groupBy(figures, (figure) => figure.country).entries()]

  const perCountry = new Map<string, SeriesPoint>()
  if (!isBilateral) {
    for (const [slug, points] of reporters) {
      const shown = pickShown(points.filter((figure) => figure.unit === mainUnit))
      if (shown) {
        perCountry.set(slug, shown)
      }
    }
  }
  const reporterMaps = isBilateral
    ? reporters
        .map(([slug, points]) => {
          const byPartner = new Map<string, SeriesPoint>()
          for (const [partner, withPartner] of groupBy(
            points.filter((figure) => figure.partner && figure.unit === mainUnit),
            (figure) => figure.partner!,
          )) {
            byPartner.set(partner, pickShown(withPartner)!)
          }
          return { byPartner, slug }
        })
        .filter(({ byPartner }) => byPartner.size > 0)
        .sort((a, b) => b.byPartner.size - a.byPartner.size || nameOf(a.slug).localeCompare(nameOf(b.slug)))
        .slice(0, MAX_REPORTER_MAPS)
    : []

  // One reporter per pair across the whole series: a pair both sides report is drawn from one side only.
  const reporterChoices = isBilateral ? chooseReporters({ nameOf, points: figures }) : new Map()
  const mirrorPairs = isBilateral
    ? pairMirrorFigures({ mirrorPoints: data.mirror?.figures ?? figures, nameOf, points: figures })
    : []
  const lines = series
    .filter((points) => isChartedReport(points[0], reporterChoices))
    .filter((points) => points.some((figure) => figure.periodMid !== null))
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_LINES)
    .map((points, index) => ({
      colour: seriesColour(index),
      key: seriesKeyOf(points[0]),
      label: pairLabel(points[0]),
      points,
    }))
  const timeCharts = [...groupByUnit(lines.flatMap((line) => line.points)).keys()].map((unit) => {
    const unitLines = lines.map((line) => ({ ...line, points: line.points.filter((figure) => figure.unit === unit) }))
    const values = unitLines.flatMap((line) => line.points.map((figure) => figure.value))
    return {
      lines: unitLines.filter((line) => line.points.length),
      scale: sharedScale({ scales: [indicator.scale], values }),
      unit,
    }
  })
  const undatedCount = figures.filter((figure) => figure.periodMid === null).length
  const compareCountries = reporters.slice(0, 4).map(([slug]) => slug)
  const rankingTitle = `${indicator.name}: latest by ${isBilateral ? 'pair' : 'country'}`
  const rankingSubtitle = `${mainUnit === 'percent' ? 'Percent' : mainUnit} · ${ranked.length} ${isBilateral ? 'pairs' : 'countries'}`
  const timeChartSubtitle = (chart: (typeof timeCharts)[number]) =>
    `${chart.unit} · ${chart.lines.length} series${lines.length < series.length ? `, the ${lines.length} longest shown` : ''}`
  /** One map of every country's newest figure; for a bilateral indicator, one per reporting country. */
  const maps = isBilateral
    ? reporterMaps.map(({ byPartner, slug }) => ({
        figures: byPartner,
        highlight: { iso3: outlineOf(slug), name: nameOf(slug) },
        id: `map-${slug}`,
        subtitle: `${mainUnit} · newest figure with each partner`,
        title: `${nameOf(slug)} and its partners`,
      }))
    : [
        {
          figures: perCountry,
          highlight: null,
          id: 'map-countries',
          subtitle: `${mainUnit} · newest figure per country`,
          title: indicator.name,
        },
      ]
  return {
    category,
    compareCountries,
    isBilateral,
    iso3Of,
    lines,
    maps,
    mainUnit,
    mirrorPairs,
    nameOf,
    otherUnitCount,
    outlineOf,
    pairLabel,
    perCountry,
    ranked,
    rankingSubtitle,
    rankingTitle,
    reporterChoices,
    reporterMaps,
    reporters,
    scaleLabel,
    series,
    timeChartSubtitle,
    timeCharts,
    undatedCount,
    units,
  }
}
