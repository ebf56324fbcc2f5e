import type { JSONContent } from '@tiptap/core'

import { charsOf, trimEndWhere } from '@/lib/text/trimChars'

const TEXT_BLOCK_TYPES = new Set(['heading', 'paragraph'])

const INLINE_TEXT: Record<string, (node: JSONContent) => string> = {
  countryMention: (node) => String(node.attrs?.label ?? ''),
  hardBreak: () => '\n',
  indicatorFigure: (node) => String(node.attrs?.label ?? ''),
  text: (node) => node.text ?? '',
}

/**
 * Plain text of a rich-text document for excerpts, reading time and search: blocks separated by
 * blank lines, mentions and figures as their labels, footnotes dropped, figure captions kept.
 */
export const richTextToPlainText = (doc: unknown): string => {
  if (!doc || typeof doc !== 'object') {
    return ''
  }
  const blocks: string[] = []
  const walk = (node: JSONContent, into: string[]): void => {
    const inline = node.type ? INLINE_TEXT[node.type] : undefined
    if (inline) {
      into.push(inline(node))
      return
    }
    if (node.type === 'figure') {
      if (node.attrs?.caption) {
        blocks.push(String(node.attrs.caption))
      }
      return
    }
    if (node.type && TEXT_BLOCK_TYPES.has(node.type)) {
      const parts: string[] = []
      for (const child of node.content ?? []) {
        walk(child, parts)
      }
      const text = parts
        .join('')
        .replace(/[ \t]+/g, ' ')
        .trim()
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
  return `${trimEndWhere(cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)), charsOf(',;:.', { andWhitespace: true }))}…`
}

/** Minutes to read at 230 words a minute, never less than one. */
export const readingMinutes = (text: string): number =>
  Math.max(1, Math.round(text.split(/\s+/).filter(Boolean).length / 230))
