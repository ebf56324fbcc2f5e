import type { Extensions, JSONContent } from '@tiptap/core'

import { Node } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'

export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const

export const isAllowedHref = (href: unknown): boolean =>
  typeof href === 'string' && /^(https?:\/\/|mailto:)/i.test(href.trim())

/**
 * Inline marker pointing at one of the document's references (endnotes) by its marker. Numbers
 * shown to readers are computed from document order, so the stored marker never needs renumbering.
 */
export const FootnoteRef = Node.create({
  name: 'footnoteRef',
  atom: true,
  group: 'inline',
  inline: true,
  selectable: true,
  addAttributes() {
    return {
      marker: {
        default: null,
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,24}$/.test(value)) {
            throw new RangeError('footnote marker must be 1–24 letters, digits, "-" or "_"')
          }
        },
      },
    }
  },
  parseHTML() {
    return [
      {
        getAttrs: (element) => ({ marker: (element as HTMLElement).dataset.footnote ?? null }),
        tag: 'sup[data-footnote]',
      },
    ]
  },
  renderHTML({ node }) {
    return ['sup', { class: 'footnote-ref', 'data-footnote': node.attrs.marker }, `[${node.attrs.marker}]`]
  },
})

/** The one schema shared by the admin editor, the server-side validator and the renderers. */
export const richTextExtensions: Extensions = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    heading: { levels: [2, 3, 4] },
    link: {
      autolink: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => isAllowedHref(url),
      openOnClick: false,
      protocols: [...ALLOWED_LINK_PROTOCOLS],
    },
  }),
  FootnoteRef,
]

export type RichTextDoc = JSONContent & { type: 'doc' }

export const emptyDoc = (): RichTextDoc => ({ content: [{ type: 'paragraph' }], type: 'doc' })
