import type { SeriesPoint } from './points'

/**
 * The points of the newest `max` dated periods (by period end; undated points are kept, they are
 * shown in the table only), and how many older periods were left out. A page keeps its charts and
 * tables readable and bounded this way; downloads still carry every point.
 */
export const newestPeriods = <T extends Pick<SeriesPoint, 'periodEnd' | 'periodKey'>>(
  points: T[],
  max: number,
): { omittedPeriods: number; points: T[] } => {
  const endByKey = new Map<string, string>()
  for (const point of points) {
    if (point.periodEnd !== null) {
      endByKey.set(point.periodKey, point.periodEnd)
    }
  }
  if (endByKey.size <= max) {
    return { omittedPeriods: 0, points }
  }
  const kept = new Set(
    [...endByKey]
      .sort(([keyA, endA], [keyB, endB]) => endB.localeCompare(endA) || keyA.localeCompare(keyB))
      .slice(0, max)
      .map(([key]) => key),
  )
  return {
    omittedPeriods: endByKey.size - max,
    points: points.filter((point) => point.periodEnd === null || kept.has(point.periodKey)),
  }
}
