import type { SeriesPoint } from './points'

/** Display scales an indicator may use (the `scale` select of Indicators). */
export const SCALES = ['1', '1e3', '1e6', '1e9'] as const

export type Scale = (typeof SCALES)[number]

export const SCALE_FACTOR: Record<Scale, number> = { '1': 1, '1e3': 1e3, '1e6': 1e6, '1e9': 1e9 }

export const SCALE_WORD: Record<Scale, string> = { '1': '', '1e3': 'thousand', '1e6': 'million', '1e9': 'billion' }

const isScale = (value: null | string | undefined): value is Scale => SCALES.includes(value as Scale)

/**
 * One scale for an axis that shows several indicators in the same unit. The largest value picks
 * the scale ("0–12 billion", not "0–12,000 million"), but never beyond the largest scale an editor
 * configured for these indicators: counts set to "as is" stay whole numbers.
 */
export const sharedScale = ({ scales, values }: { scales: (null | string | undefined)[]; values: number[] }): Scale => {
  const configured = scales.filter(isScale)
  const cap = configured.length
    ? configured.reduce<Scale>((high, scale) => (SCALE_FACTOR[scale] > SCALE_FACTOR[high] ? scale : high), '1')
    : '1e9'
  const largest = Math.max(0, ...values.map((value) => Math.abs(value)))
  const fitting = [...SCALES].reverse().find((scale) => largest >= SCALE_FACTOR[scale]) ?? '1'
  return SCALE_FACTOR[fitting] < SCALE_FACTOR[cap] ? fitting : cap
}

export const scaleValue = (value: number, scale: Scale): number => value / SCALE_FACTOR[scale]

/** "USD billion", "MW", "percent": the label of an axis in a given unit and scale. */
export const axisUnitLabel = (unit: string, scale: Scale): string =>
  [unit === 'percent' ? '%' : unit, SCALE_WORD[scale]].filter(Boolean).join(' ')

/** Points grouped by unit, in first-seen order: figures in different units never share an axis. */
export const groupByUnit = <P extends SeriesPoint>(points: P[]): Map<string, P[]> => {
  const groups = new Map<string, P[]>()
  for (const point of points) {
    groups.set(point.unit, [...(groups.get(point.unit) ?? []), point])
  }
  return groups
}
