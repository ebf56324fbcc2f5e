import { describe, expect, it } from 'vitest'

import { isSameText, richTextWordDiff } from './diff'

const doc = (...paragraphs: (object[] | string)[]) => ({
  content: paragraphs.map((content) => ({
    content: typeof content === 'string' ? [{ text: content, type: 'text' }] : content,
    type: 'paragraph',
  })),
  type: 'doc',
})

describe('richTextWordDiff', () => {
  it('should report replaced words, not whole paragraphs', () => {
    const segments = richTextWordDiff(
      doc('Trade reached $3 billion last year.'),
      doc('Trade reached $3.2 billion last year.'),
    )
    expect(segments.filter((segment) => segment.kind !== 'unchanged')).toEqual([
      { kind: 'removed', text: '$3 ' },
      { kind: 'added', text: '$3.2 ' },
    ])
    expect(segments.map((segment) => (segment.kind === 'removed' ? '' : segment.text)).join('')).toBe(
      'Trade reached $3.2 billion last year.',
    )
  })

  it('should show a changed country mention by its name', () => {
    const mention = (label: string) => [
      { text: 'Talks with ', type: 'text' },
      { attrs: { countryId: '1', label }, type: 'countryMention' },
    ]
    const changed = richTextWordDiff(doc(mention('Armenia')), doc(mention('Georgia'))).filter(
      (segment) => segment.kind !== 'unchanged',
    )
    expect(changed).toEqual([
      { kind: 'removed', text: 'Armenia' },
      { kind: 'added', text: 'Georgia' },
    ])
  })

  it('should treat a new paragraph as added text', () => {
    const added = richTextWordDiff(doc('First.'), doc('First.', 'Second.')).filter(
      (segment) => segment.kind === 'added',
    )
    expect(added.map((segment) => segment.text).join('')).toContain('Second.')
  })

  it('should ignore formatting-only edits', () => {
    const bold = doc([{ marks: [{ type: 'bold' }], text: 'Same words', type: 'text' }])
    expect(isSameText(doc('Same words'), bold)).toBe(true)
    expect(richTextWordDiff(doc('Same words'), bold)).toEqual([{ kind: 'unchanged', text: 'Same words' }])
  })
})
