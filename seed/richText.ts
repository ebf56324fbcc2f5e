import type { JSONContent } from '@tiptap/core'

import type { SeedBlock, SeedReference } from './data/types'

type Mark = { type: 'bold' | 'italic' }

const INLINE_TOKEN = /\[\^([A-Za-z0-9_-]+)\]|\*\*(.+?)\*\*|(?<![A-Za-z0-9])_(.+?)_(?![A-Za-z0-9])/g

type Notes = Map<string, SeedReference>

const footnoteNode = (marker: string, notes: Notes): JSONContent => {
  const note = notes.get(marker)
  if (!note) {
    throw new Error(`Seed text cites footnote [^${marker}] but the article has no reference "${marker}".`)
  }
  return {
    attrs: {
      accessed: note.accessed ?? null,
      id: marker,
      publisher: note.publisher ?? null,
      title: note.title,
      url: note.url ?? null,
    },
    type: 'footnote',
  }
}

/** Inline seed text (`[^i]` footnotes, `**bold**`, `_italic_`) to ProseMirror inline nodes. */
export const inlineTextToNodes = (text: string, marks: Mark[] = [], notes: Notes = new Map()): JSONContent[] => {
  const nodes: JSONContent[] = []
  const pushText = (value: string, withMarks: Mark[]) => {
    if (value) {
      nodes.push(withMarks.length ? { marks: withMarks, text: value, type: 'text' } : { text: value, type: 'text' })
    }
  }
  let last = 0
  for (const match of text.matchAll(INLINE_TOKEN)) {
    pushText(text.slice(last, match.index), marks)
    if (match[1]) {
      nodes.push(footnoteNode(match[1], notes))
    } else if (match[2]) {
      nodes.push(...inlineTextToNodes(match[2], [...marks, { type: 'bold' }], notes))
    } else if (match[3]) {
      nodes.push(...inlineTextToNodes(match[3], [...marks, { type: 'italic' }], notes))
    }
    last = (match.index ?? 0) + match[0].length
  }
  pushText(text.slice(last), marks)
  return nodes
}

const paragraph = (text: string, notes: Notes = new Map()): JSONContent => ({
  content: inlineTextToNodes(text, [], notes),
  type: 'paragraph',
})

/** Seed blocks to a rich-text document in the shared schema; `[^x]` becomes footnote x with its source. */
export const seedBlocksToDoc = (blocks: SeedBlock[], references: SeedReference[] = []): JSONContent => {
  const notes: Notes = new Map(references.map((reference) => [reference.marker, reference]))
  return {
    content: blocks.map((block): JSONContent => {
      switch (block.kind) {
        case 'heading':
          return { attrs: { level: block.level }, content: inlineTextToNodes(block.text, [], notes), type: 'heading' }
        case 'quote':
          return { content: [paragraph(block.text, notes)], type: 'blockquote' }
        case 'list':
          return {
            content: block.items.map((item) => ({ content: [paragraph(item, notes)], type: 'listItem' })),
            type: block.ordered ? 'orderedList' : 'bulletList',
          }
        default:
          return paragraph(block.text, notes)
      }
    }),
    type: 'doc',
  }
}

/** Paragraphs of plain text to a rich-text document. */
export const paragraphsToDoc = (paragraphs: string[]): JSONContent => ({
  content: paragraphs.map((text) => paragraph(text)),
  type: 'doc',
})
