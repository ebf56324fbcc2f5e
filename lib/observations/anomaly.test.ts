import { describe, expect, it } from 'vitest'

import type { SeriesFigure } from './anomaly'

import { anomalyApprovalRefusal, scaleSlipPower, scoreFigure } from './anomaly'

const year = (y: number) => Date.UTC(y, 11, 31)

/** A steady series in USD: 100, 110, 120 … for 2019 onwards. */
const steadySeries = (values: number[], unit = 'USD'): SeriesFigure[] =>
  values.map((value, index) => ({ periodEnd: year(2019 + index), unit, value }))

const codesOf = (result: ReturnType<typeof scoreFigure>) => result.flags.map((flag) => flag.code)

describe('scoreFigure', () => {
  it('should raise no flag for a figure in line with its series', () => {
    const result = scoreFigure({
      figure: { periodEnd: year(2023), unit: 'USD', value: 140 },
      mirror: { periodEnd: year(2023), unit: 'USD', value: 150 },
      series: steadySeries([100, 110, 120, 130]),
      thresholds: { max: 1000, min: 0 },
    })
    expect(result).toEqual({ flags: [], isFlagged: false, score: 0 })
  })

  it('should flag a change beyond the threshold against the previous period', () => {
    const result = scoreFigure({
      figure: { periodEnd: year(2023), unit: 'USD', value: 600 },
      series: steadySeries([100, 110, 120, 130]),
    })
    expect(codesOf(result)).toEqual(['jump'])
    expect(result.flags[0].details).toMatchObject({ new: 600, old: 130, threshold: 300 })
    expect(result.score).toBeGreaterThan(0)
  })

  it('should use the indicator threshold for a change when it has one', () => {
    const figure = { periodEnd: year(2023), unit: 'USD', value: 200 }
    const series = steadySeries([100, 110, 120, 130])
    expect(codesOf(scoreFigure({ figure, series }))).toEqual([])
    expect(codesOf(scoreFigure({ figure, series, thresholds: { changePercent: 20 } }))).toEqual(['jump'])
  })

  it('should flag a likely scale slip of a thousand against a neighbour', () => {
    const result = scoreFigure({
      figure: { periodEnd: year(2023), unit: 'USD', value: 131_000 },
      series: steadySeries([100, 110, 120, 130]),
    })
    expect(codesOf(result)).toEqual(['scaleSlip'])
    expect(result.flags[0].details.ratio).toBeCloseTo(1007.69, 1)
    expect(result.flags[0].message).toContain('×1,000')
  })

  it('should flag a scale slip by a million downwards against the next period', () => {
    const result = scoreFigure({
      figure: { periodEnd: year(2018), unit: 'USD', value: 0.0001 },
      series: steadySeries([100, 110]),
    })
    expect(codesOf(result)).toEqual(['scaleSlip'])
    expect(result.flags[0].message).toContain('÷1,000,000')
  })

  it('should flag a unit unlike the rest of the series', () => {
    const result = scoreFigure({
      figure: { periodEnd: year(2023), unit: 'EUR', value: 130 },
      series: steadySeries([100, 110, 120, 130]),
    })
    expect(codesOf(result)).toEqual(['unit'])
    expect(result.flags[0].details).toEqual({ seriesUnit: 'USD', unit: 'EUR' })
  })

  it('should flag a value outside the indicator plausible range', () => {
    const series = steadySeries([50, 60])
    const above = scoreFigure({
      figure: { periodEnd: year(2021), unit: '%', value: 70 },
      series,
      thresholds: { max: 65 },
    })
    const below = scoreFigure({
      figure: { periodEnd: year(2021), unit: '%', value: -1 },
      series,
      thresholds: { min: 0 },
    })
    expect(codesOf(above)).toEqual(['unit', 'range'])
    expect(codesOf(below)).toContain('range')
    expect(below.flags.find((flag) => flag.code === 'range')?.message).toContain('below the plausible minimum 0')
  })

  it('should flag a bilateral figure far from what the partner reports', () => {
    const result = scoreFigure({
      figure: { periodEnd: year(2023), unit: 'USD', value: 140 },
      mirror: { periodEnd: year(2023), unit: 'USD', value: 60 },
      series: steadySeries([100, 110, 120, 130]),
    })
    expect(codesOf(result)).toEqual(['mirrorGap'])
    expect(result.flags[0].details).toMatchObject({ new: 140, old: 60, percent: 133.3, threshold: 50 })
  })

  it('should not compare with a partner report in another unit', () => {
    const result = scoreFigure({
      figure: { periodEnd: year(2023), unit: 'USD', value: 140 },
      mirror: { periodEnd: year(2023), unit: 'EUR', value: 1 },
      series: [],
    })
    expect(result.isFlagged).toBe(false)
  })

  it('should add the flag scores into the total score', () => {
    const result = scoreFigure({
      figure: { periodEnd: year(2023), unit: 'USD', value: 130_000 },
      mirror: { periodEnd: year(2023), unit: 'USD', value: 130 },
      series: steadySeries([100, 110, 120, 130]),
      thresholds: { max: 1000 },
    })
    expect(codesOf(result)).toEqual(['scaleSlip', 'range', 'mirrorGap'])
    expect(result.score).toBe(result.flags.reduce((sum, flag) => sum + flag.score, 0))
  })
})

describe('scaleSlipPower', () => {
  it('should read ratios near 10³ and 10⁶ and ignore others', () => {
    expect(scaleSlipPower(1500, 1)).toBe(3)
    expect(scaleSlipPower(1, 1200)).toBe(-3)
    expect(scaleSlipPower(2e6, 1.1)).toBe(6)
    expect(scaleSlipPower(100, 1)).toBeNull()
    expect(scaleSlipPower(-1000, 1)).toBeNull()
  })
})

describe('anomalyApprovalRefusal', () => {
  const flagged = {
    anomaly: { flags: [{ code: 'scaleSlip', details: {}, message: 'x', score: 90 }], isFlagged: true, score: 90 },
    title: 'GDP: Armenia, 2023',
  }

  it('should refuse a flagged figure without a reason, naming the flags', () => {
    expect(anomalyApprovalRefusal({ ...flagged, changeReason: '  ' })).toBe(
      '“GDP: Armenia, 2023” is flagged (Likely scale slip): give a “Reason for this change” on the figure before approving it, or request changes.',
    )
  })

  it('should allow a flagged figure with a reason and an unflagged one without', () => {
    expect(anomalyApprovalRefusal({ ...flagged, changeReason: 'Source revised to thousands' })).toBeNull()
    expect(anomalyApprovalRefusal({ anomaly: { flags: [] }, changeReason: null })).toBeNull()
  })
})
