import type { Observation } from '@/payload-types'

import type { Period } from '@/lib/period'

import { midpoint, periodBounds, periodToKey, periodToLabel } from '@/lib/period'

/**
 * One published figure as charts and tables show it: plain slugs instead of populated documents, a
 * parsed period and the dates used to order and place it, and its source. Readers call it a figure
 * (`FigureTable`, `observationToFigure`). The same record is also an `Observation` (payload-types.ts,
 * the stored document) and `ObservationData` (lib/observations/data.ts, as entered): those are the
 * other layers, not other names for this one.
 */
export type SeriesPoint = {
  country: string
  id: string
  indicator: string
  partner: null | string
  period: Period
  /** Midpoint of the period, where a chart places the figure; null when undated. */
  periodMid: null | string
  periodEnd: null | string
  periodKey: string
  periodLabel: string
  periodStart: null | string
  qualifier: string
  qualifierNote: null | string
  /** How many times the figure was published with a new value (lib/queries/figureRevisions.ts); unknown when unset. */
  revisionCount?: number
  /** Where the figure comes from, for the source column and downloads; chart-only points leave it out. */
  source?: Observation['source']
  subject: null | string
  unit: string
  value: number
  valueMax: null | number
}

export type PointInput = Omit<SeriesPoint, 'periodEnd' | 'periodKey' | 'periodLabel' | 'periodMid' | 'periodStart'>

/** Completes a point with the derived period fields. */
export const toSeriesPoint = (input: PointInput): SeriesPoint => {
  const bounds = periodBounds(input.period)
  return {
    ...input,
    periodEnd: bounds?.end ?? null,
    periodKey: periodToKey(input.period),
    periodLabel: periodToLabel(input.period),
    periodMid: bounds ? midpoint(bounds.start, bounds.end) : null,
    periodStart: bounds?.start ?? null,
  }
}

/** Targets, plans and bounds are figures of a different nature from measured values. */
export const isMeasured = (point: Pick<SeriesPoint, 'qualifier'>): boolean =>
  point.qualifier === 'actual' || point.qualifier === 'estimate' || point.qualifier === 'approx'

/** A goal rather than an observation: shown apart, never the "latest" while anything else exists. */
export const isTarget = (point: Pick<SeriesPoint, 'qualifier'>): boolean => point.qualifier === 'target'

/**
 * The figure to show for a series: the newest dated observation (measured or a bound such as "at
 * most"), else the last undated observation, else the nearest target. Null for no points.
 */
export const pickShown = <P extends SeriesPoint>(points: P[]): null | P => {
  const sorted = [...points].sort(byPeriod)
  const observed = sorted.filter((point) => !isTarget(point))
  return (
    observed.filter((point) => point.periodEnd !== null).at(-1) ??
    observed.at(-1) ??
    sorted.find((point) => point.periodEnd !== null) ??
    sorted.at(-1) ??
    null
  )
}

/** Dated points first, ordered by end of period then start; undated last in their given order. */
export const byPeriod = (a: SeriesPoint, b: SeriesPoint): number => {
  if (a.periodEnd === null || b.periodEnd === null) {
    return (a.periodEnd === null ? 1 : 0) - (b.periodEnd === null ? 1 : 0)
  }
  return a.periodEnd.localeCompare(b.periodEnd) || (a.periodStart ?? '').localeCompare(b.periodStart ?? '')
}

/** Identity of a line on a chart: one indicator, country, partner and subject. */
export const seriesKeyOf = (point: Pick<SeriesPoint, 'country' | 'indicator' | 'partner' | 'subject'>): string =>
  [point.indicator, point.country, point.partner ?? '-', point.subject ?? '-'].join('|')
