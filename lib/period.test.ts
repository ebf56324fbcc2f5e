import { describe, expect, it } from 'vitest'

import {
  midpoint,
  parsePeriod,
  periodBounds,
  periodToKey,
  periodToLabel,
  periodToStoredPeriod,
  periodToTimestamps,
  storedPeriodToPeriod,
} from './period'

describe('parsePeriod', () => {
  it('should read a calendar year', () => {
    expect(parsePeriod('2025')).toEqual({ kind: 'year', year: 2025 })
  })

  it('should read a month as the whole month', () => {
    expect(parsePeriod('2025-12')).toEqual({ end: '2025-12-31', kind: 'dates', start: '2025-12-01' })
  })

  it('should read a span of months up to the last day of the end month', () => {
    expect(parsePeriod('2025-01..2025-08')).toEqual({ end: '2025-08-31', kind: 'dates', start: '2025-01-01' })
  })

  it('should read an Indian fiscal year as April to March', () => {
    expect(parsePeriod('FY2025')).toEqual({ end: '2025-03-31', kind: 'dates', label: 'FY2025', start: '2024-04-01' })
  })

  it('should read a number of years from a month', () => {
    expect(parsePeriod('2025-12+5y')).toMatchObject({ end: '2030-11-30', kind: 'dates', start: '2025-12-01' })
  })

  it('should treat an empty period as undated', () => {
    expect(parsePeriod(null)).toEqual({ kind: 'undated' })
    expect(parsePeriod('  ')).toEqual({ kind: 'undated' })
  })

  it('should reject text that is not a period with an example of what works', () => {
    expect(() => parsePeriod('last year')).toThrow(/use 2025, 2025-12/)
  })

  it('should reject impossible dates and backwards spans', () => {
    expect(() => parsePeriod('2025-13')).toThrow(/no month 13/)
    expect(() => parsePeriod('2025-02-30')).toThrow(/not a calendar date/)
    expect(() => parsePeriod('2025-08..2025-01')).toThrow(/ends before it starts/)
  })
})

describe('periodToLabel', () => {
  it('should name whole months, spans and days the way readers write them', () => {
    expect(periodToLabel(parsePeriod('2025-12'))).toBe('Dec 2025')
    expect(periodToLabel(parsePeriod('2025-01..2025-08'))).toBe('Jan–Aug 2025')
    expect(periodToLabel(parsePeriod('2024-11..2025-02'))).toBe('Nov 2024–Feb 2025')
    expect(periodToLabel(parsePeriod('2025-12-19..2025-12-20'))).toBe('19–20 Dec 2025')
    expect(periodToLabel(parsePeriod('2025-04-03'))).toBe('3 Apr 2025')
    expect(periodToLabel(parsePeriod('2025-01..2025-12'))).toBe('2025')
  })

  it('should prefer an explicit label', () => {
    expect(periodToLabel(parsePeriod('FY2025'))).toBe('FY2025')
  })
})

describe('periodToKey and periodBounds', () => {
  it('should give equal keys to equal periods and different keys otherwise', () => {
    expect(periodToKey(parsePeriod('2025-12'))).toBe(periodToKey(parsePeriod('2025-12-01..2025-12-31')))
    expect(periodToKey(parsePeriod('2025'))).not.toBe(periodToKey(parsePeriod('2025-01..2025-12')))
    expect(periodToKey(parsePeriod(''))).toBe('undated')
  })

  it('should cover the whole year for a calendar year and nothing for undated', () => {
    expect(periodBounds(parsePeriod('2024'))).toEqual({ end: '2024-12-31', start: '2024-01-01' })
    expect(periodBounds(parsePeriod(''))).toBeNull()
  })
})

describe('stored periods', () => {
  it('should read stored year, date and incomplete periods', () => {
    expect(storedPeriodToPeriod({ kind: 'year', year: 2025 })).toEqual({ kind: 'year', label: null, year: 2025 })
    expect(
      storedPeriodToPeriod({ end: '2025-08-31T00:00:00.000Z', kind: 'dates', start: '2025-01-01T00:00:00.000Z' }),
    ).toEqual({ end: '2025-08-31', kind: 'dates', label: null, start: '2025-01-01' })
    expect(storedPeriodToPeriod({ kind: 'dates', start: '2025-01-01' })).toEqual({ kind: 'undated', label: null })
    expect(storedPeriodToPeriod(null)).toEqual({ kind: 'undated', label: null })
  })

  it('should store a year with its bounds, dates with theirs and undated with none', () => {
    expect(periodToStoredPeriod(parsePeriod('2024'))).toEqual({
      end: '2024-12-31',
      kind: 'year',
      label: null,
      start: '2024-01-01',
      year: 2024,
    })
    expect(periodToStoredPeriod(parsePeriod('FY2025'))).toEqual({
      end: '2025-03-31',
      kind: 'dates',
      label: 'FY2025',
      start: '2024-04-01',
      year: null,
    })
    expect(periodToStoredPeriod({ kind: 'undated', label: 'n.d.' })).toEqual({
      end: null,
      kind: 'undated',
      label: 'n.d.',
      start: null,
      year: null,
    })
  })

  it('should give stored days as midnight UTC timestamps', () => {
    expect(periodToTimestamps(periodToStoredPeriod(parsePeriod('2025-01..2025-08')))).toMatchObject({
      end: '2025-08-31T00:00:00.000Z',
      start: '2025-01-01T00:00:00.000Z',
    })
    expect(periodToTimestamps(periodToStoredPeriod(parsePeriod('')))).toMatchObject({ end: null, start: null })
  })

  it.each(['2025', '2025-12', '2024-11..2025-02', '2025-04-03', 'FY2025', ''])(
    'should read “%s” back the same from its stored group and from its key',
    (text) => {
      const period = parsePeriod(text)
      const { label: _label, ...withoutLabel } = period
      expect(storedPeriodToPeriod(periodToStoredPeriod(period))).toEqual({ ...period, label: period.label ?? null })
      expect(parsePeriod(periodToKey(period))).toEqual(withoutLabel)
    },
  )
})

describe('midpoint', () => {
  it('should place a span at its middle day', () => {
    expect(midpoint('2025-01-01', '2025-12-31')).toBe('2025-07-02')
    expect(midpoint('2025-03-01', '2025-03-01')).toBe('2025-03-01')
  })
})
