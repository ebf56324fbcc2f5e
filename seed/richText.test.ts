import { describe, expect, it } from 'vitest'

import { validateRichTextDoc } from '@/lib/richText/validate'

import { articles } from './data/articles'
import { inlineTextToNodes, seedBlocksToDoc } from './richText'

describe('inlineTextToNodes', () => {
  it('should turn footnote markers, bold and italic into nodes and marks', () => {
    const notes = new Map([['i', { accessed: '2025-10-15', marker: 'i', publisher: 'News.Az', title: 'Trade report' }]])
    expect(inlineTextToNodes('Trade rose[^i] by **18.5 percent** in _Birlik_ terms.', [], notes)).toEqual([
      { text: 'Trade rose', type: 'text' },
      {
        attrs: { accessed: '2025-10-15', id: 'i', publisher: 'News.Az', title: 'Trade report', url: null },
        type: 'footnote',
      },
      { text: ' by ', type: 'text' },
      { marks: [{ type: 'bold' }], text: '18.5 percent', type: 'text' },
      { text: ' in ', type: 'text' },
      { marks: [{ type: 'italic' }], text: 'Birlik', type: 'text' },
      { text: ' terms.', type: 'text' },
    ])
  })

  it('should refuse a footnote marker the article has no reference for', () => {
    expect(() => inlineTextToNodes('Claim[^ix].')).toThrow(/no reference "ix"/)
  })

  it('should leave underscores inside words alone', () => {
    expect(inlineTextToNodes('snake_case_name')).toEqual([{ text: 'snake_case_name', type: 'text' }])
  })
})

describe('seed articles', () => {
  it('should all convert to documents that pass the editor schema', () => {
    for (const article of articles) {
      expect(validateRichTextDoc(seedBlocksToDoc(article.body, article.references)), article.slug).toBe(true)
    }
  })
})
