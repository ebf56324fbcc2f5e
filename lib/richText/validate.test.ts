import { describe, expect, it } from 'vitest'

import { validateRichTextDoc } from './validate'

const doc = (...content: object[]) => ({ content, type: 'doc' })
const paragraph = (...content: object[]) => ({ content, type: 'paragraph' })
const text = (value: string, marks?: object[]) => ({ marks, text: value, type: 'text' })

describe('validateRichTextDoc', () => {
  it('should accept headings, lists, links and footnotes of the shared schema', () => {
    expect(
      validateRichTextDoc(
        doc(
          { attrs: { level: 2 }, content: [text('Trade')], type: 'heading' },
          paragraph(text('See '), text('the source', [{ attrs: { href: 'https://example.org' }, type: 'link' }]), {
            attrs: { marker: 'iv' },
            type: 'footnoteRef',
          }),
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

  it('should reject a footnote with an unusable marker', () => {
    expect(validateRichTextDoc(doc(paragraph({ attrs: { marker: '<b>' }, type: 'footnoteRef' })))).toMatch(
      /footnote marker/,
    )
  })

  it('should reject values that are not documents', () => {
    expect(validateRichTextDoc('plain text')).toMatch(/must be a document/)
    expect(validateRichTextDoc({ type: 'paragraph' })).toMatch(/must be a document/)
  })
})
