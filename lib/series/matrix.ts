import type { SeriesPoint } from './points'

import { byPeriod, pickShown } from './points'

export type MatrixCell<P extends SeriesPoint = SeriesPoint> = {
  /** Every figure for this pair, oldest first. */
  points: P[]
  /** The figure shown, chosen by `pickShown`: an observation before a target. */
  shown: P
}

export type BilateralMatrix<P extends SeriesPoint = SeriesPoint> = {
  cells: Map<string, MatrixCell<P>>
  partners: string[]
  reporters: string[]
}

export const matrixKey = (reporter: string, partner: string): string => `${reporter}→${partner}`

/**
 * Reporter × partner table of one bilateral indicator. Reporters keep the order asked for (all of
 * them, with or without figures); partners are ordered by how many reporters have a figure with
 * them, then by the optional name order. Points without a partner are not part of the matrix.
 */
export const bilateralMatrix = <P extends SeriesPoint>({
  partnerOrder = (a, b) => a.localeCompare(b),
  points,
  reporters,
}: {
  partnerOrder?: (a: string, b: string) => number
  points: P[]
  reporters: string[]
}): BilateralMatrix<P> => {
  const wanted = new Set(reporters)
  const grouped = new Map<string, P[]>()
  for (const point of points) {
    if (point.partner && wanted.has(point.country)) {
      const key = matrixKey(point.country, point.partner)
      grouped.set(key, [...(grouped.get(key) ?? []), point])
    }
  }
  const cells = new Map<string, MatrixCell<P>>()
  const reporterCount = new Map<string, number>()
  for (const [key, group] of grouped) {
    const sorted = [...group].sort(byPeriod)
    cells.set(key, { points: sorted, shown: pickShown(sorted)! })
    const partner = group[0].partner!
    reporterCount.set(partner, (reporterCount.get(partner) ?? 0) + 1)
  }
  const partners = [...reporterCount.keys()].sort(
    (a, b) => reporterCount.get(b)! - reporterCount.get(a)! || partnerOrder(a, b),
  )
  return { cells, partners, reporters }
}
