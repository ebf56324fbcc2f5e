import { describe, expect, it } from 'vitest'

import { formatDifference, formatValue, qualifierText } from './format'

describe('formatValue', () => {
  it('should show money in the indicator scale with the currency symbol', () => {
    expect(formatValue({ decimals: 1, scale: '1e9', unit: 'USD', value: 3_000_000_000 })).toBe('$3.0 bn')
    expect(formatValue({ decimals: 1, scale: '1e9', unit: 'EUR', value: 12_000_000_000 })).toBe('€12.0 bn')
    expect(formatValue({ decimals: 1, scale: '1e9', unit: 'USD', value: 927_000_000 })).toBe('$0.9 bn')
  })

  it('should show percentages, ranges, ranks and plain units', () => {
    expect(formatValue({ decimals: 1, scale: '1', unit: 'percent', value: 18.5 })).toBe('18.5%')
    expect(formatValue({ decimals: 1, scale: '1', unit: 'percent', value: 15, valueMax: 20 })).toBe('15–20%')
    expect(formatValue({ decimals: 0, scale: '1', unit: 'rank', value: 1 })).toBe('#1')
    expect(formatValue({ decimals: 0, scale: '1', unit: 'km', value: 836 })).toBe('836 km')
    expect(formatValue({ decimals: 0, scale: '1', unit: 'persons', value: 4_400_000 })).toBe('4,400,000 persons')
    expect(formatValue({ decimals: 1, scale: '1e6', unit: 'visits', value: 1_500_000 })).toBe('1.5 million visits')
  })
})

describe('formatDifference', () => {
  it('should give a small gap enough decimals not to read as zero', () => {
    expect(formatDifference({ decimals: 1, scale: '1e9', unit: 'USD', value: 40_000_000 })).toBe('+$0.040 bn')
    expect(formatDifference({ decimals: 1, scale: '1e9', unit: 'USD', value: -3_200_000 })).toBe('-$0.0032 bn')
    expect(formatDifference({ decimals: 1, scale: '1e9', unit: 'USD', value: 1_250_000_000 })).toBe('+$1.3 bn')
    expect(formatDifference({ decimals: 1, scale: '1e9', unit: 'USD', value: 0 })).toBe('$0.0 bn')
  })
})

describe('qualifierText', () => {
  it('should say what a bound or target means and nothing for actual values', () => {
    expect(qualifierText('lower-bound')).toBe('at least')
    expect(qualifierText('upper-bound')).toBe('at most')
    expect(qualifierText('target')).toBe('target')
    expect(qualifierText('actual')).toBe('')
  })
})
