import type { SeriesPoint } from './points'

import { formatValue, qualifierText } from '@/lib/format'

type IndicatorDisplay = { decimals?: null | number; scale?: null | string }

/** "$3.0 bn", "15–20%": a figure rounded as its indicator says, without the qualifier. */
export const pointToValueText = (point: SeriesPoint, indicator: IndicatorDisplay | undefined): string =>
  formatValue({
    decimals: indicator?.decimals,
    scale: indicator?.scale,
    unit: point.unit,
    value: point.value,
    valueMax: point.valueMax,
  })

/** "at least $2.0 bn", "target $10.0 bn": the value as a sentence would carry it. */
export const pointToFigureText = (point: SeriesPoint, indicator: IndicatorDisplay | undefined): string => {
  const qualifier = qualifierText(point.qualifier)
  const value = pointToValueText(point, indicator)
  return qualifier ? `${qualifier} ${value}` : value
}

/** "Jan–Aug 2025 · target": period and qualifier in one short note for chart labels. */
export const pointToNote = (point: SeriesPoint): string =>
  [point.periodLabel, qualifierText(point.qualifier)].filter(Boolean).join(' · ')

const signed = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, signDisplay: 'exceptZero' })

/** "+18.5%" */
export const percentChangeText = (percent: number): string => `${signed.format(percent)}%`

const BOUND_QUALIFIERS = new Set(['lower-bound', 'upper-bound'])

/**
 * Value and note for a chart label: a bound reads "at most $2.0 bn" with the period beneath; a
 * target or estimate keeps its word in the note ("2030 · target").
 */
export const pointToChartLabel = (
  point: SeriesPoint,
  indicator: IndicatorDisplay | undefined,
): { note: string; valueText: string } =>
  BOUND_QUALIFIERS.has(point.qualifier)
    ? { note: point.periodLabel, valueText: pointToFigureText(point, indicator) }
    : { note: pointToNote(point), valueText: pointToValueText(point, indicator) }
