import { describe, expect, it } from 'vitest'

import { collectFootnotes, footnoteNumbers, richTextReferences } from './references'

const note = (id: string) => ({ attrs: { id, title: `Source ${id}` }, type: 'footnote' })
const text = (value: string) => ({ text: value, type: 'text' })
const paragraph = (...content: object[]) => ({ content, type: 'paragraph' })

describe('footnote numbering', () => {
  it('should number footnotes in reading order, not in the order they were written', () => {
    const doc = { content: [paragraph(text('A'), note('iv')), paragraph(text('B'), note('i'))], type: 'doc' }
    expect([...footnoteNumbers(doc)]).toEqual([
      ['iv', 1],
      ['i', 2],
    ])
  })

  it('should renumber after a paragraph moves', () => {
    const first = paragraph(text('A'), note('a'))
    const second = paragraph(text('B'), note('b'))
    expect([...footnoteNumbers({ content: [first, second], type: 'doc' }).keys()]).toEqual(['a', 'b'])
    expect([...footnoteNumbers({ content: [second, first], type: 'doc' }).keys()]).toEqual(['b', 'a'])
  })

  it('should list a repeated footnote once with its source', () => {
    const doc = { content: [paragraph(note('x'), note('x'))], type: 'doc' }
    expect(collectFootnotes(doc)).toEqual([{ accessed: null, id: 'x', publisher: null, title: 'Source x', url: null }])
  })
})

describe('richTextReferences', () => {
  it('should collect each mentioned country, live figure and image once', () => {
    const doc = {
      content: [
        paragraph(
          { attrs: { countryId: '1', label: 'Kazakhstan' }, type: 'countryMention' },
          { attrs: { countryId: '1', label: 'Kazakhstan' }, type: 'countryMention' },
          { attrs: { label: '$3 bn', observationId: '7' }, type: 'indicatorFigure' },
        ),
        { attrs: { mediaId: '5' }, type: 'figure' },
      ],
      type: 'doc',
    }
    expect(richTextReferences(doc)).toEqual({ countries: ['1'], media: ['5'], observations: ['7'] })
  })
})
