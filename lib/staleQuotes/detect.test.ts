import type { JSONContent } from '@tiptap/core'

import { describe, expect, it } from 'vitest'

import type { ChangedFigure } from './detect'

import { liveFigureQuotes, readsAs, shownPrecision, typedNumberQuotes } from './detect'

const countries = [
  { id: 1, iso2: 'KZ', iso3: 'KAZ', name: 'Kazakhstan' },
  { id: 2, iso2: 'UZ', iso3: 'UZB', name: 'Uzbekistan' },
  { id: 3, iso2: 'KG', iso3: 'KGZ', name: 'Kyrgyzstan' },
]

const doc = (...paragraphs: JSONContent[][]): JSONContent => ({
  content: paragraphs.map((content) => ({ content, type: 'paragraph' })),
  type: 'doc',
})
const text = (value: string) => ({ text: value, type: 'text' })
const said = (value: string) => doc([text(value)])

const figure = (over: Partial<ChangedFigure> = {}): ChangedFigure => ({
  countryId: 1,
  id: 7,
  newValue: 1.5e9,
  newValueMax: null,
  oldValue: 1.2e9,
  oldValueMax: null,
  partnerId: null,
  period: { kind: 'year', year: 2024 },
  unit: 'USD',
  ...over,
})

const quotes = (body: JSONContent, over: Partial<ChangedFigure> = {}, articleCountryIds = [1]) =>
  typedNumberQuotes({ articleCountryIds, countries, doc: body, figure: figure(over) })

describe('liveFigureQuotes', () => {
  it('should return the sentence around a live figure node of the changed observation', () => {
    const body = doc([
      text('Trade grew fast. Kazakhstan exported '),
      { attrs: { label: '$1.2 bn', observationId: '7' }, type: 'indicatorFigure' },
      text(' in 2024. Another sentence.'),
    ])
    expect(liveFigureQuotes(body, 7)).toEqual([
      { kind: 'liveFigure', phrase: '$1.2 bn', quotedValue: null, sentence: 'Kazakhstan exported $1.2 bn in 2024.' },
    ])
  })

  it('should ignore live figure nodes of other observations', () => {
    const body = doc([text('Exports: '), { attrs: { label: '$3 bn', observationId: '8' }, type: 'indicatorFigure' }])
    expect(liveFigureQuotes(body, 7)).toEqual([])
  })

  it('should find live figures inside lists and quotes', () => {
    const body = {
      content: [
        {
          content: [
            {
              content: [
                {
                  content: [text('Up to '), { attrs: { label: '5%', observationId: 7 }, type: 'indicatorFigure' }],
                  type: 'paragraph',
                },
              ],
              type: 'listItem',
            },
          ],
          type: 'bulletList',
        },
      ],
      type: 'doc',
    }
    expect(liveFigureQuotes(body, '7').map((quote) => quote.sentence)).toEqual(['Up to 5%'])
  })
})

describe('shownPrecision and readsAs', () => {
  it('should read the rounding a typed number implies', () => {
    expect(shownPrecision('$1.2 bn', 1.2e9)).toBeCloseTo(1e8)
    expect(shownPrecision('1,200 million US dollars', 1.2e9)).toBeCloseTo(1e6)
    expect(shownPrecision('18.5 percent', 18.5)).toBeCloseTo(0.1)
    expect(shownPrecision('3 000 000 tonnes', 3e6)).toBeCloseTo(1)
  })

  it('should say a value reads as the typed number only within its rounding', () => {
    expect(readsAs({ phrase: '$1.2 bn', quoted: 1.2e9, value: 1.234e9 })).toBe(true)
    expect(readsAs({ phrase: '$1.2 bn', quoted: 1.2e9, value: 1.26e9 })).toBe(false)
    expect(readsAs({ phrase: '18.5%', quoted: 18.5, value: 18.54 })).toBe(true)
    expect(readsAs({ phrase: '18.5%', quoted: 18.5, value: 19 })).toBe(false)
  })
})

describe('typedNumberQuotes', () => {
  it('should tie "$1.2 bn" in a sentence naming the country and year to the old value', () => {
    const found = quotes(said('Kazakhstan exported $1.2 bn of grain in 2024. Prices fell.'))
    expect(found).toEqual([
      {
        kind: 'typedNumber',
        phrase: '$1.2 bn',
        quotedValue: 1.2e9,
        sentence: 'Kazakhstan exported $1.2 bn of grain in 2024.',
      },
    ])
  })

  it('should tie "1,200 million US dollars" to the same figure', () => {
    const found = quotes(said('In 2024 Kazakhstan earned 1,200 million US dollars from grain.'))
    expect(found.map((quote) => quote.phrase)).toEqual(['1,200 million US dollars'])
  })

  it('should tie a percentage to a figure in percent', () => {
    const found = quotes(said('Trade with Kazakhstan grew 18.5 percent in 2024.'), {
      newValue: 21,
      oldValue: 18.5,
      unit: 'percent',
    })
    expect(found.map((quote) => quote.quotedValue)).toEqual([18.5])
  })

  it('should not flag a number that still reads right after a small revision', () => {
    expect(quotes(said('Kazakhstan exported $1.2 bn in 2024.'), { newValue: 1.23e9 })).toEqual([])
  })

  it('should not tie a number for another country, period or unit', () => {
    expect(quotes(said('Kyrgyzstan exported $1.2 bn in 2024.'))).toEqual([])
    expect(quotes(said('Kazakhstan exported $1.2 bn in 2023.'))).toEqual([])
    expect(quotes(said('Kazakhstan exported €1.2 bn in 2024.'))).toEqual([])
    expect(quotes(said('Kazakhstan exported $3.4 bn in 2024.'))).toEqual([])
  })

  it('should tie a sentence naming no country only in an article about the figure’s country', () => {
    const body = said('Exports reached $1.2 bn in 2024.')
    expect(quotes(body, {}, [1])).toHaveLength(1)
    expect(quotes(body, {}, [3])).toEqual([])
  })

  it('should require the partner among the countries a bilateral sentence names', () => {
    const bilateral = { partnerId: 2 }
    expect(quotes(said('Kazakhstan and Uzbekistan traded $1.2 bn in 2024.'), bilateral)).toHaveLength(1)
    expect(quotes(said('Kazakhstan and Kyrgyzstan traded $1.2 bn in 2024.'), bilateral)).toEqual([])
  })
})
