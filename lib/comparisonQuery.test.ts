import { describe, expect, it } from 'vitest'

import { comparisonLinkToQuery } from './comparisonQuery'

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
