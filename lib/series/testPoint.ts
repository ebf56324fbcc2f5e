import type { PointInput, SeriesPoint } from './points'

import { parsePeriod } from '@/lib/period'

import { toSeriesPoint } from './points'

let counter = 0

/** Builds a point for tests: `buildPoint({ period: '2025-01..2025-08', value: 3e9 })`. */
export const buildPoint = ({
  period = '2024',
  ...overrides
}: Partial<Omit<PointInput, 'period'>> & { period?: string }): SeriesPoint =>
  toSeriesPoint({
    country: 'kazakhstan',
    id: String(++counter),
    indicator: 'bilateral-trade-volume',
    partner: null,
    period: parsePeriod(period),
    qualifier: 'actual',
    qualifierNote: null,
    subject: null,
    unit: 'USD',
    value: 1,
    valueMax: null,
    ...overrides,
  })
