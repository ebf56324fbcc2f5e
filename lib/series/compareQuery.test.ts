import { describe, expect, it } from 'vitest'

import {
  compareDetailQuery,
  compareLink,
  compareSelectionToQuery,
  comparisonLinkToQuery,
  comparisonQueryToPath,
  isCanonicalCompareQuery,
  MAX_COUNTRIES,
  MAX_INDICATORS,
  parseCompareSelection,
  parseExpandedIndicator,
} from './compareQuery'

describe('comparisonLinkToQuery', () => {
  it('should keep the countries and indicators of a full /compare URL', () => {
    expect(
      comparisonLinkToQuery(
        'https://crossroads.example/compare?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume',
      ),
    ).toBe('countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume')
  })

  it('should accept a path or a bare query and drop unknown parameters', () => {
    expect(comparisonLinkToQuery('/compare?countries=georgia&utm_source=x')).toBe('countries=georgia')
    expect(comparisonLinkToQuery('countries=armenia,azerbaijan')).toBe('countries=armenia,azerbaijan')
  })

  it('should refuse other pages, missing countries and values that are not slugs', () => {
    expect(comparisonLinkToQuery('/articles?countries=georgia')).toBeNull()
    expect(comparisonLinkToQuery('/compare?indicators=gdp')).toBeNull()
    expect(comparisonLinkToQuery('/compare?countries=<script>')).toBeNull()
  })
})

describe('compare address', () => {
  it('should read comma lists and the repeated fields of a plain form alike', () => {
    expect(parseCompareSelection({ countries: 'kazakhstan,uzbekistan', indicators: 'exports-to-partner' })).toEqual({
      countries: ['kazakhstan', 'uzbekistan'],
      indicators: ['exports-to-partner'],
    })
    expect(
      parseCompareSelection({ countries: ['kazakhstan', 'uzbekistan', 'kazakhstan'], indicators: undefined }),
    ).toEqual({
      countries: ['kazakhstan', 'uzbekistan'],
      indicators: [],
    })
    expect(parseCompareSelection({ countries: 'Kazakhstan,<script>,,' })).toEqual({
      countries: ['kazakhstan'],
      indicators: [],
    })
  })

  it('should write the canonical comma form', () => {
    expect(compareSelectionToQuery({ countries: ['kazakhstan', 'uzbekistan'], indicators: ['a', 'b'] })).toBe(
      '?countries=kazakhstan,uzbekistan&indicators=a,b',
    )
    expect(isCanonicalCompareQuery({ countries: ['a', 'b'] })).toBe(false)
    expect(isCanonicalCompareQuery({ countries: 'a,b' })).toBe(true)
  })

  it('should expand only one of the chosen indicators by period', () => {
    const chosen = ['trade', 'exports']
    expect(parseExpandedIndicator({ periods: 'exports' }, chosen)).toBe('exports')
    expect(parseExpandedIndicator({ periods: 'imports' }, chosen)).toBeNull()
    expect(parseExpandedIndicator({ periods: 'exports,trade' }, chosen)).toBe('exports')
    expect(parseExpandedIndicator({}, chosen)).toBeNull()
    expect(compareDetailQuery({ countries: ['a', 'b'], indicators: chosen }, 'trade')).toBe(
      '?countries=a,b&indicators=trade,exports&periods=trade',
    )
  })
})

describe('one grammar for every producer and reader of the address', () => {
  const letters = (count: number, prefix: string) =>
    Array.from({ length: count }, (_, index) => `${prefix}-${index + 1}`)

  it('should read back every canonical address it writes, and write every address it reads canonically', () => {
    const selections = [
      { countries: ['kazakhstan', 'uzbekistan'], indicators: ['bilateral-trade-volume', 'exports-to-partner'] },
      { countries: ['georgia'], indicators: [] },
      { countries: [], indicators: ['gdp'] },
      { countries: [], indicators: [] },
    ]
    for (const selection of selections) {
      const query = compareSelectionToQuery(selection)
      expect(parseCompareSelection(new URLSearchParams(query))).toEqual(selection)
      expect(comparisonQueryToPath(query.slice(1))).toBe(`/compare${query}`)
    }
    const written = compareSelectionToQuery(
      parseCompareSelection({ countries: ['Kazakhstan, uzbekistan', 'kazakhstan'], indicators: ' gdp ,gdp' }),
    )
    expect(written).toBe('?countries=kazakhstan,uzbekistan&indicators=gdp')
    expect(compareSelectionToQuery(parseCompareSelection(new URLSearchParams(written)))).toBe(written)
  })

  it('should read a request’s parameters (the downloads) as the page reads its search parameters', () => {
    const address = 'countries=kazakhstan&countries=uzbekistan,georgia&indicators=gdp&periods=gdp'
    const params = new URLSearchParams(address)
    expect(parseCompareSelection(params)).toEqual(
      parseCompareSelection({ countries: params.getAll('countries'), indicators: params.getAll('indicators') }),
    )
    expect(parseCompareSelection(params)).toEqual({
      countries: ['kazakhstan', 'uzbekistan', 'georgia'],
      indicators: ['gdp'],
    })
  })

  it('should save a link as the query the page writes for it', () => {
    const link = '/compare?countries=Kazakhstan,uzbekistan&countries=georgia&indicators=gdp,gdp&periods=gdp'
    const { search } = new URL(link, 'http://x')
    expect(comparisonLinkToQuery(link)).toBe(
      compareSelectionToQuery(parseCompareSelection(new URLSearchParams(search))).slice(1),
    )
    expect(comparisonLinkToQuery(link)).toBe('countries=kazakhstan,uzbekistan,georgia&indicators=gdp')
  })

  it('should write at most the countries and indicators a comparison shows, the first ones named', () => {
    const countries = letters(MAX_COUNTRIES + 4, 'country')
    const indicators = letters(MAX_INDICATORS + 2, 'indicator')
    expect(comparisonLinkToQuery(compareSelectionToQuery({ countries, indicators }))).toBe(
      compareSelectionToQuery({
        countries: countries.slice(0, MAX_COUNTRIES),
        indicators: indicators.slice(0, MAX_INDICATORS),
      }).slice(1),
    )
    expect(compareLink({ countries: ['kazakhstan'], indicators })).toBe(
      `/compare?countries=kazakhstan&indicators=${indicators.slice(0, MAX_INDICATORS).join(',')}`,
    )
    expect(compareLink({ countries: ['kazakhstan'], indicators: [] })).toBe('/compare?countries=kazakhstan')
  })

  it('should still open a comparison saved before the limits were one (up to twelve of each)', () => {
    const saved = `countries=${letters(12, 'country').join(',')}&indicators=${letters(12, 'indicator').join(',')}`
    expect(comparisonQueryToPath(saved)).toBe(`/compare?${saved}`)
    expect(parseCompareSelection(new URLSearchParams(saved)).countries).toHaveLength(12)
  })
})
