import { describe, expect, it } from 'vitest'

import type { Observation } from '@/payload-types'

import { figureSourceToRef, observationToFigure } from './figures'

const observation = (overrides: Partial<Observation>): Observation =>
  ({
    country: { id: 1, name: 'Kazakhstan', slug: 'kazakhstan' },
    createdAt: '',
    id: 7,
    indicator: { id: 2, name: 'Bilateral trade turnover', slug: 'bilateral-trade-volume', unit: 'USD' },
    partner: { id: 3, name: 'Uzbekistan', slug: 'uzbekistan' },
    period: { end: '2025-08-31T00:00:00.000Z', kind: 'dates', start: '2025-01-01T00:00:00.000Z' },
    qualifier: 'actual',
    updatedAt: '',
    value: 3e9,
    ...overrides,
  }) as Observation

describe('observations as figures', () => {
  it('should read slugs, the period and the indicator unit from a populated observation', () => {
    expect(observationToFigure(observation({}))).toMatchObject({
      country: 'kazakhstan',
      id: '7',
      indicator: 'bilateral-trade-volume',
      partner: 'uzbekistan',
      periodLabel: 'Jan–Aug 2025',
      unit: 'USD',
      value: 3e9,
    })
  })

  it('should drop an observation whose indicator is not visible to readers', () => {
    expect(observationToFigure(observation({ indicator: 2 }))).toBeNull()
  })

  it('should drop a bilateral observation whose partner is not visible, not show it as the country’s own', () => {
    expect(observationToFigure(observation({ partner: 3 }))).toBeNull()
    expect(observationToFigure(observation({ partner: null }))).toMatchObject({ country: 'kazakhstan', partner: null })
  })

  it('should link an article source to its numbered endnote and a web source with its access date', () => {
    const article = { footnoteIds: ['x', 'i'], slug: 'axis', title: 'The Axis' }
    expect(figureSourceToRef({ article: article as never, footnote: 'i' }, 'https://cr.test')).toEqual({
      accessed: null,
      text: 'The Axis, note 2',
      url: 'https://cr.test/articles/axis#note-i',
    })
    expect(
      figureSourceToRef({ accessed: '2025-10-01T00:00:00.000Z', url: 'https://stat.gov.kz/x' }, 'https://cr.test'),
    ).toEqual({ accessed: '2025-10-01', text: 'stat.gov.kz (accessed 1 October 2025)', url: 'https://stat.gov.kz/x' })
  })
})
