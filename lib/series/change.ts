import type { SeriesPoint } from './points'

import { byPeriod, isMeasured, pickShown } from './points'

export type Change<P extends SeriesPoint = SeriesPoint> = {
  absolute: number
  /** Null when the previous value is zero. */
  percent: null | number
  previous: P
}

export type LatestWithChange<P extends SeriesPoint = SeriesPoint> = {
  change: Change<P> | null
  latest: P
  /** Why no change is shown although there is an earlier figure, in words for the reader. */
  noChangeReason: null | string
}

const DAY = 86_400_000

const lengthInDays = (point: SeriesPoint) =>
  point.periodStart && point.periodEnd ? (Date.parse(point.periodEnd) - Date.parse(point.periodStart)) / DAY + 1 : 0

/**
 * The newest measured figure of one series and its change against the figure before it. A change
 * is only computed between periods of about the same length in the same unit and for single
 * values: Jan–Aug against a full year, or a range, would give a misleading number. Which figure is
 * "latest" follows `pickShown`; a change needs two measured (not bound or target) figures.
 */
export const latestWithChange = <P extends SeriesPoint>(series: P[]): LatestWithChange<P> | null => {
  const latest = pickShown(series)
  if (!latest) {
    return null
  }
  const dated = series.filter((point) => point.periodEnd !== null && isMeasured(point)).sort(byPeriod)
  const previous = dated.length >= 2 && dated.at(-1) === latest ? dated.at(-2)! : null
  if (!previous) {
    return { change: null, latest, noChangeReason: null }
  }
  if (previous.unit !== latest.unit) {
    return { change: null, latest, noChangeReason: `earlier figure is in ${previous.unit}` }
  }
  if (Math.abs(lengthInDays(previous) - lengthInDays(latest)) > 3) {
    return { change: null, latest, noChangeReason: `${previous.periodLabel} covers a different length of time` }
  }
  if (previous.valueMax !== null || latest.valueMax !== null) {
    return { change: null, latest, noChangeReason: 'a range has no single change' }
  }
  const absolute = latest.value - previous.value
  return {
    change: { absolute, percent: previous.value === 0 ? null : (absolute / Math.abs(previous.value)) * 100, previous },
    latest,
    noChangeReason: null,
  }
}
