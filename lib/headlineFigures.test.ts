import { describe, expect, it } from 'vitest'

import type { Country, Indicator, Observation } from '@/payload-types'

import { observationsToHeadlineFigures } from './headlineFigures'

const indicator = (id: number) => ({ id, name: `Indicator ${id}` }) as Indicator
const country = (id: number) => ({ id, name: `Country ${id}` }) as Country

const observation = (
  id: number,
  { end, indicatorId, partner, subject }: { end?: string; indicatorId: number; partner?: number; subject: number },
) =>
  ({
    country: country(subject),
    id,
    indicator: indicator(indicatorId),
    partner: partner ? country(partner) : null,
    period: { end: end ?? null },
  }) as unknown as Observation

describe('observationsToHeadlineFigures', () => {
  it('should prefer figures about the country itself over figures where it is the partner', () => {
    const figures = observationsToHeadlineFigures({
      countryId: 1,
      limit: 2,
      observations: [
        observation(1, { end: '2025-12-31', indicatorId: 10, partner: 1, subject: 2 }),
        observation(2, { end: '2020-12-31', indicatorId: 11, partner: 2, subject: 1 }),
        observation(3, { end: '2019-12-31', indicatorId: 12, subject: 1 }),
      ],
    })
    expect(figures.map((figure) => figure.id)).toEqual([2, 3])
  })

  it('should show the newest figure of each indicator once, undated figures last', () => {
    const figures = observationsToHeadlineFigures({
      countryId: 1,
      observations: [
        observation(1, { indicatorId: 10, subject: 1 }),
        observation(2, { end: '2023-12-31', indicatorId: 11, partner: 3, subject: 1 }),
        observation(3, { end: '2025-08-31', indicatorId: 11, partner: 2, subject: 1 }),
        observation(4, { end: '2021-12-31', indicatorId: 12, subject: 1 }),
      ],
    })
    expect(figures.map((figure) => figure.id)).toEqual([3, 4, 1])
  })

  it('should fall back to figures where the country is the partner when none are about it', () => {
    const figures = observationsToHeadlineFigures({
      countryId: 5,
      observations: [observation(1, { end: '2025-01-31', indicatorId: 10, partner: 5, subject: 2 })],
    })
    expect(figures.map((figure) => figure.id)).toEqual([1])
  })

  it('should ignore figures that do not involve the country', () => {
    expect(
      observationsToHeadlineFigures({
        countryId: 9,
        observations: [observation(1, { end: '2025-01-31', indicatorId: 10, partner: 2, subject: 1 })],
      }),
    ).toEqual([])
  })
})

describe('observationsToHeadlineFigures with targets', () => {
  it('should put measured values before targets, even when the target period is later', () => {
    const target = { ...observation(1, { end: '2030-12-31', indicatorId: 10, subject: 1 }), qualifier: 'target' }
    const actual = observation(2, { end: '2024-12-31', indicatorId: 11, subject: 1 })
    const figures = observationsToHeadlineFigures({ countryId: 1, observations: [target as Observation, actual] })
    expect(figures.map((figure) => figure.id)).toEqual([2, 1])
  })
})
