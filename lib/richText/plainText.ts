import type { JSONContent } from '@tiptap/core'

const TEXT_BLOCK_TYPES = new Set(['heading', 'paragraph'])

/** Plain text of a rich-text document: blocks separated by blank lines, footnote markers dropped. */
export const richTextToPlainText = (doc: unknown): string => {
  if (!doc || typeof doc !== 'object') {
    return ''
  }
  const blocks: string[] = []
  const walk = (node: JSONContent, into: string[]): void => {
    if (node.type === 'text') {
      into.push(node.text ?? '')
      return
    }
    if (node.type === 'hardBreak') {
      into.push('\n')
      return
    }
    if (node.type && TEXT_BLOCK_TYPES.has(node.type)) {
      const parts: string[] = []
      for (const child of node.content ?? []) {
        walk(child, parts)
      }
      const text = parts.join('').replace(/[ \t]+/g, ' ').trim()
      if (text) {
        blocks.push(text)
      }
      return
    }
    for (const child of node.content ?? []) {
      walk(child, into)
    }
  }
  walk(doc as JSONContent, [])
  return blocks.join('\n\n')
}

/** The first `maxLength` characters of the text, cut at a word boundary. */
export const excerpt = (text: string, maxLength = 200): string => {
  if (text.length <= maxLength) {
    return text
  }
  const cut = text.slice(0, maxLength)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)).replace(/[,;:.\s]+$/, '')}…`
}

/** Minutes to read at 230 words a minute, never less than one. */
export const readingMinutes = (text: string): number =>
  Math.max(1, Math.round(text.split(/\s+/).filter(Boolean).length / 230))

/** Footnote markers in the order a reader meets them, each once. */
export const footnoteMarkersInOrder = (doc: unknown): string[] => {
  const seen: string[] = []
  const walk = (node: JSONContent): void => {
    if (node.type === 'footnoteRef') {
      const marker = node.attrs?.marker
      if (typeof marker === 'string' && !seen.includes(marker)) {
        seen.push(marker)
      }
    }
    for (const child of node.content ?? []) {
      walk(child)
    }
  }
  if (doc && typeof doc === 'object') {
    walk(doc as JSONContent)
  }
  return seen
}
