import { describe, expect, it } from 'vitest'

import { queryToTerms, textToHighlightParts, textToSnippet } from './highlight'

describe('queryToTerms', () => {
  it('should split a query into distinct lower-case words', () => {
    expect(queryToTerms('  Almaty–Bishkek corridor, CORRIDOR  ')).toEqual(['almaty–bishkek', 'corridor'])
  })

  it('should drop one-letter words and punctuation around words', () => {
    expect(queryToTerms('a "trade" (route).')).toEqual(['trade', 'route'])
  })

  it('should return no terms for an empty or missing query', () => {
    expect(queryToTerms('')).toEqual([])
    expect(queryToTerms(undefined)).toEqual([])
  })
})

describe('textToHighlightParts', () => {
  it('should mark every case-insensitive match of any term', () => {
    expect(textToHighlightParts('Trade and more trade with Kazakhstan', ['trade', 'kazakh'])).toEqual([
      { isMatch: true, text: 'Trade' },
      { isMatch: false, text: ' and more ' },
      { isMatch: true, text: 'trade' },
      { isMatch: false, text: ' with ' },
      { isMatch: true, text: 'Kazakh' },
      { isMatch: false, text: 'stan' },
    ])
  })

  it('should treat regular-expression characters in terms as plain text', () => {
    expect(textToHighlightParts('costs (est.) rose', ['(est.)'])).toEqual([
      { isMatch: false, text: 'costs ' },
      { isMatch: true, text: '(est.)' },
      { isMatch: false, text: ' rose' },
    ])
  })

  it('should return the text unmarked when there are no terms', () => {
    expect(textToHighlightParts('Baku', [])).toEqual([{ isMatch: false, text: 'Baku' }])
  })
})

describe('textToSnippet', () => {
  const text = `${'Opening words of a long analysis '.repeat(10)}the railway to Kashgar opens. ${'Closing words '.repeat(20)}`

  it('should centre the snippet on the first match with ellipses on cut sides', () => {
    const snippet = textToSnippet(text, ['kashgar'], 120)
    expect(snippet).toContain('Kashgar')
    expect(snippet.startsWith('… ')).toBe(true)
    expect(snippet.endsWith(' …')).toBe(true)
    expect(snippet.length).toBeLessThanOrEqual(124)
  })

  it('should start at the beginning when nothing matches', () => {
    expect(textToSnippet(text, ['tbilisi'], 60).startsWith('Opening words')).toBe(true)
  })

  it('should return short text whole', () => {
    expect(textToSnippet('Short dek.', ['dek'])).toBe('Short dek.')
  })
})
