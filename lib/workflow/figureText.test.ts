import { describe, expect, it } from 'vitest'

import { storedFigureToReaderText } from './figureText'

const billions = { decimals: 1, scale: '1e9', unit: 'USD' }

describe('storedFigureToReaderText', () => {
  it('should show a slip by a factor of a million as readers would meet it, with its period', () => {
    const figure = { period: { kind: 'year', year: 2025 }, qualifier: 'actual', unit: 'USD' } as const
    expect(storedFigureToReaderText({ ...figure, value: 3_000_000_000 }, billions)).toBe('$3.0 bn · 2025')
    expect(storedFigureToReaderText({ ...figure, value: 3_000 }, billions)).toBe('$0.0 bn · 2025')
  })

  it('should carry the qualifier and a range', () => {
    expect(
      storedFigureToReaderText(
        { period: { kind: 'year', year: 2024 }, qualifier: 'upper-bound', unit: 'USD', value: 2e9, valueMax: null },
        billions,
      ),
    ).toBe('at most $2.0 bn · 2024')
    expect(
      storedFigureToReaderText({ period: { kind: 'undated' }, unit: '%', value: 18.5, valueMax: 19 }, { decimals: 1 }),
    ).toBe('18.5–19 % · undated')
  })

  it('should give nothing for a document without a value', () => {
    expect(storedFigureToReaderText(null, billions)).toBeNull()
    expect(storedFigureToReaderText({ unit: 'USD' }, billions)).toBeNull()
  })
})
