import { describe, expect, it } from 'vitest'

import { parsePeriod } from '@/lib/period'

import type { IndicatorForRules } from './rules'

import {
  checkPeriod,
  deriveObservationFields,
  observationProblems,
  observationTitle,
  observationUnit,
  textLengthProblems,
} from './rules'

const trade: IndicatorForRules = {
  kind: 'bilateral',
  name: 'Bilateral trade turnover',
  otherUnits: ['EUR'],
  unit: 'USD',
}
const capacity: IndicatorForRules = { kind: 'country', name: 'Power plant capacity', unit: 'MW' }

const valid = {
  country: 1,
  indicator: trade,
  partner: 2,
  source: { article: null, url: 'https://stat.example.org/trade' },
  unit: '',
  value: 1,
  valueMax: null,
}

const rulesBroken = (input: Partial<Parameters<typeof observationProblems>[0]>) =>
  observationProblems({ ...valid, ...input }).map((problem) => problem.rule)

describe('observationProblems', () => {
  it('should accept a sourced bilateral figure in the indicator’s unit', () => {
    expect(observationProblems(valid)).toEqual([])
  })

  it('should refuse a partner on a country indicator, saying what to do, at the partner field', () => {
    expect(observationProblems({ ...valid, indicator: capacity })).toEqual([
      {
        message: '“Power plant capacity” is a country indicator: remove the partner, or choose a bilateral indicator.',
        path: 'partner',
        rule: 'partnerOnCountryIndicator',
      },
    ])
  })

  it('should refuse the country as its own partner, whatever type its id has', () => {
    expect(rulesBroken({ country: 2, partner: '2' })).toEqual(['partnerIsCountry'])
  })

  it('should accept the indicator’s other units and refuse any else, naming them all', () => {
    expect(rulesBroken({ unit: 'EUR' })).toEqual([])
    expect(observationProblems({ ...valid, unit: 'MW' })[0].message).toBe(
      '“Bilateral trade turnover” is measured in USD or EUR, not MW.',
    )
  })

  it('should refuse a range whose upper end is below the value', () => {
    expect(rulesBroken({ value: 20, valueMax: 15 })).toEqual(['range'])
    expect(rulesBroken({ value: 15, valueMax: 20 })).toEqual([])
  })

  it('should require an article or a web address as the source', () => {
    expect(rulesBroken({ source: { article: null, url: '' } })).toEqual(['source'])
    expect(rulesBroken({ source: { article: 5, url: null } })).toEqual([])
  })

  it('should skip the rules whose facts the caller could not read', () => {
    expect(
      rulesBroken({ country: null, indicator: null, partner: 1, unit: 'nonsense', value: null, valueMax: 1 }),
    ).toEqual([])
  })

  it('should report every broken rule at once, in field order', () => {
    expect(
      rulesBroken({
        country: 2,
        indicator: capacity,
        source: { article: null, url: null },
        unit: 'GW',
        value: 2,
        valueMax: 1,
      }),
    ).toEqual(['partnerOnCountryIndicator', 'partnerIsCountry', 'unit', 'range', 'source'])
  })
})

describe('observationUnit', () => {
  it('should store the unit given, trimmed, or else the indicator’s', () => {
    expect(observationUnit(' EUR ', trade)).toBe('EUR')
    expect(observationUnit('  ', trade)).toBe('USD')
    expect(observationUnit(null, trade)).toBe('USD')
  })
})

describe('checkPeriod', () => {
  it('should read a year within the bounds and refuse one outside them', () => {
    expect(checkPeriod({ kind: 'year', year: 2025 })).toEqual({
      period: { kind: 'year', label: null, year: 2025 },
      problem: null,
    })
    for (const year of [1899, 2101, 2025.5, null]) {
      expect(checkPeriod({ kind: 'year', year }).problem).toMatchObject({ path: 'period.year', rule: 'period' })
    }
  })

  it('should read dates as days, the end defaulting to the start', () => {
    expect(checkPeriod({ end: '2025-08-31T00:00:00.000Z', kind: 'dates', start: '2025-01-01' }).period).toEqual({
      end: '2025-08-31',
      kind: 'dates',
      label: null,
      start: '2025-01-01',
    })
    expect(checkPeriod({ kind: 'dates', start: '2025-04-03' }).period).toMatchObject({ end: '2025-04-03' })
  })

  it('should refuse dates without a start or ending before they start', () => {
    expect(checkPeriod({ kind: 'dates' }).problem?.message).toBe('A period of dates needs a start date.')
    expect(checkPeriod({ end: '2019-01-01', kind: 'dates', start: '2019-06-01' }).problem?.message).toMatch(
      /ends before it starts/,
    )
  })

  it('should read a group without a kind as undated, keeping its label', () => {
    expect(checkPeriod({ label: 'n.d.' }).period).toEqual({ kind: 'undated', label: 'n.d.' })
    expect(checkPeriod(undefined).period).toEqual({ kind: 'undated', label: null })
  })
})

describe('textLengthProblems', () => {
  it('should name each text longer than its field takes, at its field', () => {
    expect(textLengthProblems({ footnote: 'x'.repeat(25), note: 'x'.repeat(2000), subject: null })).toEqual([
      { message: 'Footnote is longer than 24 characters.', path: 'source.footnote', rule: 'textLength' },
    ])
  })
})

describe('observationTitle and deriveObservationFields', () => {
  it('should title a figure by indicator, countries, subject and period', () => {
    expect(
      observationTitle({
        countryName: 'Kazakhstan',
        indicatorName: 'Bilateral trade turnover',
        partnerName: 'Uzbekistan',
        period: parsePeriod('2025-01..2025-08'),
        subject: ' Masrik-1 ',
      }),
    ).toBe('Bilateral trade turnover: Kazakhstan × Uzbekistan (Masrik-1), Jan–Aug 2025')
    expect(
      observationTitle({
        countryName: 'Kazakhstan',
        indicatorName: 'Power plant capacity',
        partnerName: null,
        period: parsePeriod(''),
        subject: '',
      }),
    ).toBe('Power plant capacity: Kazakhstan, undated')
  })

  it('should derive the stored period, its text, the series key and the title together', () => {
    expect(
      deriveObservationFields({
        country: { id: 1, name: 'Kazakhstan' },
        indicator: { id: 3, name: 'Power plant capacity' },
        partner: null,
        period: parsePeriod('2024'),
        subject: 'Wind farm A',
      }),
    ).toEqual({
      period: {
        end: '2024-12-31T00:00:00.000Z',
        kind: 'year',
        label: null,
        start: '2024-01-01T00:00:00.000Z',
        year: 2024,
      },
      periodText: '2024',
      seriesKey: '3|1|-|2024|wind-farm-a',
      title: 'Power plant capacity: Kazakhstan (Wind farm A), 2024',
    })
  })
})
