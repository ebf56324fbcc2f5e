import { describe, expect, it } from 'vitest'

import type { ContextPoint } from './figureSeries'

import { nearestPeriods } from './figureSeries'

const point = (periodEnd: null | string): ContextPoint => ({
  id: String(periodEnd),
  label: '',
  periodEnd,
  periodLabel: String(periodEnd),
  role: 'neighbour',
  value: 1,
})

describe('nearestPeriods', () => {
  it('should keep the periods nearest to the figure on each side, whatever order they come in', () => {
    const points = [
      '2019-12-31',
      '2015-12-31',
      '2025-06-30',
      '2016-12-31',
      '2017-12-31',
      '2021-12-31',
      '2023-12-31',
    ].map(point)
    expect(nearestPeriods(points, { periodEnd: '2018-12-31' }, 2).map((p) => p.periodEnd)).toEqual([
      '2016-12-31',
      '2017-12-31',
      '2019-12-31',
      '2021-12-31',
    ])
  })

  it('should put undated figures after every dated one', () => {
    const points = [point(null), point('2020-12-31')]
    expect(nearestPeriods(points, { periodEnd: '2018-12-31' }, 3).map((p) => p.periodEnd)).toEqual(['2020-12-31', null])
    expect(nearestPeriods(points, { periodEnd: null }, 3).map((p) => p.periodEnd)).toEqual(['2020-12-31'])
  })
})
