import { describe, expect, it } from 'vitest'

import { excerpt, readingMinutes, richTextToPlainText } from './plainText'

const doc = {
  content: [
    { attrs: { level: 2 }, content: [{ text: 'Heading', type: 'text' }], type: 'heading' },
    {
      content: [
        { text: 'Trade with ', type: 'text' },
        { attrs: { countryId: '3', label: 'Uzbekistan' }, type: 'countryMention' },
        { text: ' reached ', type: 'text' },
        { attrs: { label: '$3.0 bn', observationId: '9' }, type: 'indicatorFigure' },
        { text: '.', type: 'text' },
        { attrs: { id: 'i', title: 'Source' }, type: 'footnote' },
      ],
      type: 'paragraph',
    },
    { attrs: { caption: 'The new terminal', mediaId: '4' }, type: 'figure' },
    {
      content: [{ content: [{ content: [{ text: 'Item', type: 'text' }], type: 'paragraph' }], type: 'listItem' }],
      type: 'bulletList',
    },
  ],
  type: 'doc',
}

describe('richTextToPlainText', () => {
  it('should keep blocks, read mentions and figures as their labels and drop footnotes', () => {
    expect(richTextToPlainText(doc)).toBe(
      'Heading\n\nTrade with Uzbekistan reached $3.0 bn.\n\nThe new terminal\n\nItem',
    )
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
