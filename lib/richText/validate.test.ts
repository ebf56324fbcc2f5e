import { describe, expect, it } from 'vitest'

import { validateRichTextDoc } from './validate'

const doc = (...content: object[]) => ({ content, type: 'doc' })
const paragraph = (...content: object[]) => ({ content, type: 'paragraph' })
const text = (value: string, marks?: object[]) => ({ marks, text: value, type: 'text' })
const footnote = (attrs: object) => ({ attrs: { id: 'n1', title: 'Statistics bureau', ...attrs }, type: 'footnote' })

describe('validateRichTextDoc', () => {
  it('should accept every node of the shared schema', () => {
    expect(
      validateRichTextDoc(
        doc(
          { attrs: { level: 2 }, content: [text('Trade')], type: 'heading' },
          paragraph(
            text('See '),
            text('the source', [{ attrs: { href: 'https://example.org' }, type: 'link' }]),
            footnote({ accessed: '2025-10-15', url: 'https://stat.example.org' }),
            { attrs: { countryId: '12', label: 'Uzbekistan' }, type: 'countryMention' },
            { attrs: { label: '$3.0 bn', observationId: '4' }, type: 'indicatorFigure' },
          ),
          { attrs: { caption: 'Port of Aktau', mediaId: '3' }, type: 'figure' },
          {
            content: [
              { content: [{ content: [paragraph(text('Year'))], type: 'tableHeader' }], type: 'tableRow' },
              { content: [{ content: [paragraph(text('2025'))], type: 'tableCell' }], type: 'tableRow' },
            ],
            type: 'table',
          },
          { content: [{ content: [paragraph(text('one'))], type: 'listItem' }], type: 'bulletList' },
        ),
      ),
    ).toBe(true)
  })

  it('should reject javascript: links with a message naming the link', () => {
    const result = validateRichTextDoc(
      doc(paragraph(text('click', [{ attrs: { href: 'javascript:alert(1)' }, type: 'link' }]))),
    )
    expect(result).toMatch(/javascript:alert\(1\).*not allowed/)
  })

  it('should reject unknown node types such as script', () => {
    expect(validateRichTextDoc(doc({ type: 'script' }))).toMatch(/Unknown node type: script/)
  })

  it('should reject script-like attributes instead of silently dropping them', () => {
    expect(validateRichTextDoc(doc({ attrs: { onclick: 'steal()' }, content: [text('x')], type: 'paragraph' }))).toBe(
      'Attribute "onclick" is not allowed on paragraph.',
    )
    expect(
      validateRichTextDoc(
        doc(paragraph(text('x', [{ attrs: { href: 'https://a.example', onmouseover: 'x()' }, type: 'link' }]))),
      ),
    ).toMatch(/"onmouseover" is not allowed on link/)
  })

  it('should reject footnotes without a source title or with an unsafe address', () => {
    expect(validateRichTextDoc(doc(paragraph(footnote({ title: ' ' }))))).toMatch(/needs the title of its source/)
    expect(validateRichTextDoc(doc(paragraph(footnote({ url: 'javascript:alert(1)' }))))).toMatch(
      /http:\/\/ or https:\/\//,
    )
    expect(validateRichTextDoc(doc(paragraph(footnote({ accessed: '15.10.2025' }))))).toMatch(/YYYY-MM-DD/)
  })

  it('should reject mentions and figures that point nowhere, and images from outside the library', () => {
    expect(validateRichTextDoc(doc(paragraph({ attrs: { label: 'X' }, type: 'countryMention' })))).toMatch(
      /country mention is missing/,
    )
    expect(validateRichTextDoc(doc(paragraph({ attrs: { observationId: '<b>' }, type: 'indicatorFigure' })))).toMatch(
      /not a valid id/,
    )
    expect(
      validateRichTextDoc(doc({ attrs: { mediaId: '1', src: 'https://evil.example/x.png' }, type: 'figure' })),
    ).toMatch(/media library address/)
  })

  it('should reject values that are not documents', () => {
    expect(validateRichTextDoc('plain text')).toMatch(/must be a document/)
    expect(validateRichTextDoc({ type: 'paragraph' })).toMatch(/must be a document/)
  })
})
