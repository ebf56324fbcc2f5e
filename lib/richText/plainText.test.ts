import { describe, expect, it } from 'vitest'

import { excerpt, footnoteMarkersInOrder, readingMinutes, richTextToPlainText } from './plainText'

const doc = {
  content: [
    { attrs: { level: 2 }, content: [{ text: 'Heading', type: 'text' }], type: 'heading' },
    {
      content: [
        { text: 'First ', type: 'text' },
        { attrs: { marker: 'iv' }, type: 'footnoteRef' },
        { text: 'line.', type: 'text' },
        { attrs: { marker: 'i' }, type: 'footnoteRef' },
        { attrs: { marker: 'iv' }, type: 'footnoteRef' },
      ],
      type: 'paragraph',
    },
    { content: [{ content: [{ content: [{ text: 'Item', type: 'text' }], type: 'paragraph' }], type: 'listItem' }], type: 'bulletList' },
  ],
  type: 'doc',
}

describe('richTextToPlainText', () => {
  it('should keep the words of every block and drop footnote markers', () => {
    expect(richTextToPlainText(doc)).toBe('Heading\n\nFirst line.\n\nItem')
  })
})

describe('footnoteMarkersInOrder', () => {
  it('should list markers in reading order, each once', () => {
    expect(footnoteMarkersInOrder(doc)).toEqual(['iv', 'i'])
  })
})

describe('excerpt and readingMinutes', () => {
  it('should cut at a word boundary with an ellipsis', () => {
    expect(excerpt('one two three four', 10)).toBe('one two…')
    expect(excerpt('short', 10)).toBe('short')
  })

  it('should count at least one minute', () => {
    expect(readingMinutes('word')).toBe(1)
    expect(readingMinutes(Array(690).fill('word').join(' '))).toBe(3)
  })
})
