import type { JSONContent } from '@tiptap/core'

import type { SeedBlock } from './data/types'

type Mark = { type: 'bold' | 'italic' }

const INLINE_TOKEN = /\[\^([A-Za-z0-9_-]+)\]|\*\*(.+?)\*\*|(?<![A-Za-z0-9])_(.+?)_(?![A-Za-z0-9])/g

/** Inline seed text (`[^i]` footnotes, `**bold**`, `_italic_`) to ProseMirror inline nodes. */
export const inlineTextToNodes = (text: string, marks: Mark[] = []): JSONContent[] => {
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
      nodes.push({ attrs: { marker: match[1] }, type: 'footnoteRef' })
    } else if (match[2]) {
      nodes.push(...inlineTextToNodes(match[2], [...marks, { type: 'bold' }]))
    } else if (match[3]) {
      nodes.push(...inlineTextToNodes(match[3], [...marks, { type: 'italic' }]))
    }
    last = (match.index ?? 0) + match[0].length
  }
  pushText(text.slice(last), marks)
  return nodes
}

const paragraph = (text: string): JSONContent => ({ content: inlineTextToNodes(text), type: 'paragraph' })

/** Seed blocks to a rich-text document in the shared schema. */
export const seedBlocksToDoc = (blocks: SeedBlock[]): JSONContent => ({
  content: blocks.map((block): JSONContent => {
    switch (block.kind) {
      case 'heading':
        return { attrs: { level: block.level }, content: inlineTextToNodes(block.text), type: 'heading' }
      case 'quote':
        return { content: [paragraph(block.text)], type: 'blockquote' }
      case 'list':
        return {
          content: block.items.map((item) => ({ content: [paragraph(item)], type: 'listItem' })),
          type: block.ordered ? 'orderedList' : 'bulletList',
        }
      default:
        return paragraph(block.text)
    }
  }),
  type: 'doc',
})

/** Paragraphs of plain text to a rich-text document. */
export const paragraphsToDoc = (paragraphs: string[]): JSONContent => ({
  content: paragraphs.map(paragraph),
  type: 'doc',
})
