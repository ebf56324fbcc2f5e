import type { Alignment } from './align'
import type { BilateralMatrix } from './matrix'
import type { MirrorPair, ReporterChoice } from './mirror'
import type { SeriesPoint } from './points'
import type { Scale } from './scale'

import { alignByPeriod } from './align'
import { bilateralMatrix } from './matrix'
import { chooseReporters, isChartedReport, pairMirrorFigures } from './mirror'
import { byPeriod, pickShown } from './points'
import { groupByUnit, sharedScale } from './scale'
import { newestPeriods } from './window'

/**
 * How many periods (newest first) a comparison draws per indicator: a readable chart, and a page
 * whose size does not grow with the years of data (the detail view and the CSV have them all).
 */
export const COMPARE_PERIODS = 10

type NameOf = (slug: string) => string

/**
 * The order of a comparison's figures, on the page and in its downloads: indicator as chosen, then
 * country as chosen, then partner by name, subject, and period.
 */
export const compareFigureOrder = ({
  countries,
  indicators,
  nameOf,
}: {
  countries: string[]
  indicators: string[]
  nameOf: NameOf
}): ((a: SeriesPoint, b: SeriesPoint) => number) => {
  const indicatorRank = new Map(indicators.map((slug, index) => [slug, index]))
  const countryRank = new Map(countries.map((slug, index) => [slug, index]))
  return (a, b) =>
    indicatorRank.get(a.indicator)! - indicatorRank.get(b.indicator)! ||
    countryRank.get(a.country)! - countryRank.get(b.country)! ||
    (a.partner ? nameOf(a.partner) : '').localeCompare(b.partner ? nameOf(b.partner) : '') ||
    (a.subject ?? '').localeCompare(b.subject ?? '') ||
    byPeriod(a, b)
}

/** One row of a comparison's tables and one line of its chart: a country, or a country × partner (× subject). */
export type CompareRow = {
  country: string
  key: string
  /** "Kazakhstan × Uzbekistan (rail freight)" */
  label: string
  partner: null | string
  subject: null | string
}

const rowKeyOf = (figure: Pick<SeriesPoint, 'country' | 'partner' | 'subject'>): string =>
  [figure.country, figure.partner ?? '-', figure.subject ?? '-'].join('|')

export type CompareLine<P extends SeriesPoint> = {
  /** Position of its row among all rows, so a series keeps its colour whichever lines are drawn. */
  index: number
  key: string
  label: string
  points: P[]
}

export type CompareChart<P extends SeriesPoint> = {
  lines: CompareLine<P>[]
  /** The dated figures drawn, by period: the chart's data table. */
  plotted: Alignment<CompareLine<P>, P>
  scale: Scale
  unit: string
}

/** What one indicator of a comparison shows, before anything is drawn. */
export type CompareSection<C, P extends SeriesPoint> = {
  /** Every figure by period, in the detail view only. */
  byPeriod: Alignment<CompareRow, P> | null
  /** One chart per unit: figures in different units never share an axis. */
  charts: CompareChart<P>[]
  /** Chosen countries without a single figure on this indicator. */
  countriesWithout: C[]
  /** True when any figure is drawn; false leaves the section to say where data exists. */
  hasFigures: boolean
  isBilateral: boolean
  /** Reporter × partner, newest figure per pair; bilateral indicators only. */
  matrix: BilateralMatrix<P> | null
  /** Flows both sides report for the same period, side by side with the gap; bilateral indicators only. */
  mirrors: MirrorPair<P>[]
  /** Pairs both sides report: the one reporter the chart draws for each. */
  reporterChoices: ReporterChoice[]
  /** The newest figure of each row (null where a country has none). */
  newest: { figure: null | P; row: CompareRow }[]
  /** Older periods left out of the chart and its table (in the detail view and the downloads). */
  omittedPeriods: number
  rows: CompareRow[]
  /** Figures among those drawn that have no date and so are in the tables only. */
  undatedCount: number
}

/**
 * One indicator's figures → what its part of the comparison shows: the rows (every chosen country,
 * and every pair and subject it has figures for), the newest periods drawn as one chart per unit,
 * the reporter × partner matrix, the newest figure per row and, when expanded, every figure by period.
 */
export const figuresToCompareSection = <C extends { slug?: null | string }, P extends SeriesPoint>({
  countries,
  figures: allFigures,
  indicator,
  isExpanded,
  mirrorFigures,
  nameOf,
}: {
  /** The chosen countries, in the order chosen. */
  countries: C[]
  /** This indicator's figures of the chosen countries, in any order. */
  figures: P[]
  /** The other side's reports when the indicator has an explicit mirror indicator (else its own figures are paired). */
  mirrorFigures?: P[]
  indicator: { kind?: null | string; scale?: null | string; slug?: null | string }
  isExpanded: boolean
  nameOf: NameOf
}): CompareSection<C, P> => {
  const isBilateral = indicator.kind === 'bilateral'
  const countrySlugs = countries.map((country) => country.slug!)
  const sorted = [...allFigures].sort(
    compareFigureOrder({ countries: countrySlugs, indicators: [indicator.slug!], nameOf }),
  )
  const { omittedPeriods, points: drawn } = newestPeriods(allFigures, COMPARE_PERIODS)
  // Charts never mix reporters of one pair year by year: one side's reports for the whole series.
  const choices = isBilateral ? chooseReporters({ nameOf, points: allFigures }) : new Map<string, ReporterChoice>()
  const isDrawn = new Set(drawn.filter((figure) => isChartedReport(figure, choices)))

  const byRow = new Map<string, P[]>()
  for (const figure of sorted) {
    const key = rowKeyOf(figure)
    const row = byRow.get(key)
    if (row) {
      row.push(figure)
    } else {
      byRow.set(key, [figure])
    }
  }
  const label = (row: Pick<CompareRow, 'country' | 'partner' | 'subject'>) =>
    `${nameOf(row.country)}${row.partner ? ` × ${nameOf(row.partner)}` : ''}${row.subject ? ` (${row.subject})` : ''}`
  const rows: CompareRow[] = []
  for (const country of countrySlugs) {
    const keys = [...byRow.keys()].filter((key) => byRow.get(key)![0].country === country)
    if (!keys.length && !isBilateral) {
      const row = { country, partner: null, subject: null }
      rows.push({ ...row, key: rowKeyOf(row), label: label(row) })
    }
    for (const key of keys) {
      const { partner, subject } = byRow.get(key)![0]
      rows.push({ country, key, label: label({ country, partner, subject }), partner, subject })
    }
  }

  const lines = rows
    .map((row, index) => ({
      index,
      key: row.key,
      label: row.label,
      points: (byRow.get(row.key) ?? []).filter((figure) => isDrawn.has(figure) && figure.periodMid !== null),
    }))
    .filter((line) => line.points.length)
  const charts = [...groupByUnit(lines.flatMap((line) => line.points)).keys()].map((unit) => {
    const unitLines = lines
      .map((line) => ({ ...line, points: line.points.filter((figure) => figure.unit === unit) }))
      .filter((line) => line.points.length)
    const lineByKey = new Map(unitLines.map((line) => [line.key, line]))
    return {
      lines: unitLines,
      plotted: alignByPeriod({
        points: unitLines.flatMap((line) => line.points),
        rowOf: (figure) => lineByKey.get(rowKeyOf(figure))!,
        rows: unitLines,
      }),
      scale: sharedScale({
        scales: [indicator.scale],
        values: unitLines.flatMap((line) => line.points.map((point) => point.value)),
      }),
      unit,
    }
  })

  const rowByKey = new Map(rows.map((row) => [row.key, row]))
  const withData = new Set(allFigures.map((figure) => figure.country))
  return {
    byPeriod: isExpanded
      ? alignByPeriod({ points: sorted, rowOf: (figure) => rowByKey.get(rowKeyOf(figure))!, rows })
      : null,
    charts,
    countriesWithout: countries.filter((country) => !withData.has(country.slug!)),
    hasFigures: drawn.length > 0,
    isBilateral,
    matrix: isBilateral
      ? bilateralMatrix({
          partnerOrder: (a, b) => nameOf(a).localeCompare(nameOf(b)),
          points: sorted,
          reporters: countrySlugs,
        })
      : null,
    mirrors: isBilateral
      ? pairMirrorFigures({ mirrorPoints: mirrorFigures ?? allFigures, nameOf, points: allFigures })
      : [],
    newest: rows.map((row) => ({ figure: pickShown(byRow.get(row.key) ?? []), row })),
    omittedPeriods,
    reporterChoices: [...choices.values()],
    rows,
    undatedCount: drawn.filter((figure) => figure.periodMid === null).length,
  }
}
