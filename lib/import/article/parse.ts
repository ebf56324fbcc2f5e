import type { JSONContent } from '@tiptap/core'

import MarkdownIt from 'markdown-it'

import type { CleanupReport } from './clean'
import type { ImportedNote } from './notes'

import { charsOf, isWhitespace, trimEndWhere } from '@/lib/text/trimChars'

import { cleanLines, dropRepeatedQuotes, unescapeMarkdown } from './clean'
import { isNotesHeading, noteToSource, readNoteStart, superscriptToDigits } from './notes'

export type DocumentFormat = 'markdown' | 'text'

type Block =
  | { kind: 'bullets'; items: string[] }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string }

/** One article found in a document, ready to become a draft. */
export type ParsedArticle = {
  authors: string[]
  body: JSONContent & { type: 'doc' }
  cleanup: CleanupReport
  dek: string
  notes: ImportedNote[]
  title: string
}

const BYLINE = /^(?:\*\*|_)?by\s+([A-Z\u0400-\u04ff][^\n]{2,120}?)(?:\*\*|_)?$/i
const HEADING_START = /^#{1,6}\s/
const BULLET_START = /^[-*•]\s+\S/

/** An ATX heading of a trimmed line (`## Title ##`): its level and text, closing hashes dropped. */
const readHeading = (line: string): null | { level: number; text: string } => {
  const start = HEADING_START.exec(line)
  if (!start) {
    return null
  }
  const text = line.slice(start[0].length).trim()
  const withoutClosing = trimEndWhere(trimEndWhere(text, charsOf('#')), isWhitespace)
  return text ? { level: start[0].length - 1, text: withoutClosing || text } : null
}

/** The text of a list item in a trimmed line (`- item`, `* item`, `• item`). */
const readBullet = (line: string): null | string => (BULLET_START.test(line) ? line.slice(1).trim() : null)

const markdown = new MarkdownIt('commonmark', { linkify: false })

const linesToBlocks = (lines: string[], format: DocumentFormat): Block[] => {
  const hasBlankLines = lines.some((line, index) => !line.trim() && index > 0 && index < lines.length - 1)
  const blocks: Block[] = []
  let paragraph: string[] = []
  const flush = () => {
    if (paragraph.length > 0) {
      const text = paragraph.join(' ').replace(/\s+/g, ' ').trim()
      if (text) {
        blocks.push({ kind: 'paragraph', text })
      }
      paragraph = []
    }
  }
  for (const raw of lines) {
    const line = raw.trim()
    const heading = readHeading(line)
    const bullet = readBullet(line)
    if (!line || line === '\f' || /^(-{3,}|\*{3,}|_{3,})$/.test(line)) {
      flush()
    } else if (heading && format === 'markdown') {
      flush()
      blocks.push({ kind: 'heading', level: heading.level, text: heading.text })
    } else if (line.startsWith('>')) {
      flush()
      blocks.push({ kind: 'quote', text: line.replace(/^>\s*/, '') })
    } else if (bullet && !readNoteStart(line)) {
      flush()
      const previous = blocks.at(-1)
      if (previous?.kind === 'bullets') {
        previous.items.push(bullet)
      } else {
        blocks.push({ items: [bullet], kind: 'bullets' })
      }
    } else if (readNoteStart(line) || BYLINE.test(line) || isNotesHeading(line)) {
      flush()
      blocks.push({ kind: 'paragraph', text: line })
    } else {
      paragraph.push(line)
      // Pasted web text puts one paragraph on each line; wrapped text files end paragraphs with a
      // blank line. A sentence end at the end of a line ends a plain-text paragraph either way.
      if (!hasBlankLines || (format === 'text' && /[.!?:”"»)]$/.test(line))) {
        flush()
      }
    }
  }
  flush()
  return blocks
}

const blockText = (block: Block) => (block.kind === 'bullets' ? block.items.join(' ') : block.text)

/** Splits a page at its "By <author>" lines; each article starts at the title line above its byline. */
const splitArticles = (blocks: Block[]): Block[][] => {
  const bylines = blocks.flatMap((block, index) =>
    block.kind === 'paragraph' && BYLINE.test(block.text) ? [index] : [],
  )
  if (bylines.length < 2) {
    return [blocks]
  }
  const starts = bylines.map((index) => Math.max(0, index - 1))
  return starts.map((start, position) => blocks.slice(start, starts[position + 1] ?? blocks.length))
}

const splitNotes = (blocks: Block[]): { body: Block[]; noteLines: string[] } => {
  const headingIndex = blocks.findIndex((block) => block.kind !== 'bullets' && isNotesHeading(block.text))
  if (headingIndex >= 0) {
    return {
      body: blocks.slice(0, headingIndex),
      noteLines: blocks
        .slice(headingIndex + 1)
        .flatMap((block) => (block.kind === 'bullets' ? block.items : [block.text])),
    }
  }
  const definitions = blocks.filter((block) => block.kind === 'paragraph' && /^\[\^[^\]]+\]:/.test(block.text))
  let start = blocks.length
  while (start > 0 && blocks[start - 1].kind === 'paragraph' && readNoteStart(blockText(blocks[start - 1]))) {
    start--
  }
  const trailing = blocks.slice(start)
  const body = blocks.slice(0, start).filter((block) => !definitions.includes(block))
  return { body, noteLines: [...definitions, ...trailing].map(blockText) }
}

const readNotes = (lines: string[]): ImportedNote[] => {
  const notes: { marker: string; text: string }[] = []
  for (const line of lines) {
    const start = readNoteStart(line)
    if (start) {
      notes.push(start)
    } else if (notes.length > 0) {
      notes[notes.length - 1].text += ` ${line.trim()}`
    }
  }
  const seen = new Set<string>()
  return notes
    .filter((note) => !seen.has(note.marker) && seen.add(note.marker))
    .map((note) => noteToSource(note.marker, note.text))
}

// Superscript ² and ³ right after “m” are square and cubic metres, not notes.
const INLINE_MARKER =
  /<sup>\s*\[?(\d{1,3}|[ivxlcdm]{1,7})\]?\s*<\/sup>|\[\^?(\d{1,3}|[ivxlcdm]{1,7})\]|\^(\d{1,3})\b|(?<!m)([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})/gi

type Mark = { attrs?: Record<string, unknown>; type: string }

const markdownInline = (text: string): JSONContent[] => {
  const [inline] = markdown.parseInline(text, {})
  const nodes: JSONContent[] = []
  const marks: Mark[] = []
  for (const token of inline?.children ?? []) {
    if (token.type === 'text' || token.type === 'code_inline') {
      if (token.content) {
        nodes.push({ marks: marks.length > 0 ? [...marks] : undefined, text: token.content, type: 'text' })
      }
    } else if (token.type === 'softbreak' || token.type === 'hardbreak') {
      nodes.push({ text: ' ', type: 'text' })
    } else if (token.type === 'strong_open') {
      marks.push({ type: 'bold' })
    } else if (token.type === 'em_open') {
      marks.push({ type: 'italic' })
    } else if (token.type === 'link_open') {
      const href = token.attrGet('href') ?? ''
      marks.push(/^(https?:|mailto:)/i.test(href) ? { attrs: { href }, type: 'link' } : { type: 'plain' })
    } else if (token.type.endsWith('_close')) {
      marks.pop()
    }
  }
  return nodes
    .map((node) => ({ ...node, marks: node.marks?.filter((mark) => mark.type !== 'plain') }))
    .map((node) => (node.marks && node.marks.length === 0 ? { text: node.text, type: 'text' } : node))
}

/** Text with its note markers turned into Footnote nodes (only markers that have a note). */
const inlineContent = (text: string, notes: Map<string, ImportedNote>, format: DocumentFormat): JSONContent[] => {
  const content: JSONContent[] = []
  const pushText = (part: string) => {
    if (!part) {
      return
    }
    if (format === 'markdown') {
      content.push(...markdownInline(part))
    } else {
      content.push({ text: unescapeMarkdown(part), type: 'text' })
    }
  }
  let last = 0
  for (const match of text.matchAll(INLINE_MARKER)) {
    const marker = (match[1] ?? match[2] ?? match[3] ?? superscriptToDigits(match[4] ?? '')).toLowerCase()
    const note = notes.get(marker)
    if (!note) {
      continue
    }
    pushText(text.slice(last, match.index).trimEnd())
    content.push({ attrs: { ...note }, type: 'footnote' })
    last = match.index + match[0].length
  }
  pushText(text.slice(last))
  return content.filter((node) => node.type !== 'text' || node.text)
}

const plain = (text: string, format: DocumentFormat) =>
  (format === 'markdown'
    ? text.replace(/[*_`]/g, '').replace(/\[([^\][]+)\]\([^)[]*\)/g, '$1')
    : unescapeMarkdown(text)
  )
    .replace(INLINE_MARKER, '')
    .trim()

const splitAuthors = (byline: string): string[] =>
  byline
    .replace(/\s+/g, ' ')
    .split(/,|&| and | и /)
    .map((name) => name.replace(/[*_]/g, '').trim())
    .filter((name) => /^[\p{Lu}][\p{L}'’.-]*(\s+[\p{Lu}][\p{L}'’.-]*){0,3}$/u.test(name))

const segmentToArticle = (blocks: Block[], format: DocumentFormat, cleanup: CleanupReport): ParsedArticle => {
  let remaining = [...blocks]
  let title = ''
  let authors: string[] = []
  const titleIndex = remaining.findIndex((block) => block.kind !== 'bullets')
  if (titleIndex >= 0) {
    const candidate = remaining[titleIndex] as Exclude<Block, { kind: 'bullets' }>
    if (!BYLINE.test(candidate.text) && (candidate.kind === 'heading' || candidate.text.length <= 200)) {
      title = plain(candidate.text, format)
      remaining.splice(titleIndex, 1)
    }
  }
  const bylineIndex = remaining.findIndex(
    (block, index) => index < 3 && block.kind === 'paragraph' && BYLINE.test(block.text),
  )
  if (bylineIndex >= 0) {
    authors = splitAuthors(BYLINE.exec((remaining[bylineIndex] as { text: string }).text)![1])
    remaining.splice(bylineIndex, 1)
  }
  const { body, noteLines } = splitNotes(remaining)
  const notes = readNotes(noteLines)
  const notesByMarker = new Map(notes.map((note) => [note.id, note]))

  const textBlocks = body.filter((block) => block.kind === 'paragraph' || block.kind === 'quote')
  const { removed } = dropRepeatedQuotes(textBlocks.map((block) => plain(blockText(block), format)))
  const removedSet = new Set(removed)
  remaining = body.filter(
    (block) =>
      !(block.kind === 'paragraph' || block.kind === 'quote') || !removedSet.has(plain(blockText(block), format)),
  )

  const content: JSONContent[] = remaining.map((block) => {
    if (block.kind === 'heading') {
      return {
        attrs: { level: Math.min(4, Math.max(2, block.level)) },
        content: inlineContent(block.text, notesByMarker, format),
        type: 'heading',
      }
    }
    if (block.kind === 'bullets') {
      return {
        content: block.items.map((item) => ({
          content: [{ content: inlineContent(item, notesByMarker, format), type: 'paragraph' }],
          type: 'listItem',
        })),
        type: 'bulletList',
      }
    }
    const paragraph = { content: inlineContent(block.text, notesByMarker, format), type: 'paragraph' }
    return block.kind === 'quote' ? { content: [paragraph], type: 'blockquote' } : paragraph
  })
  const firstParagraph = remaining.find((block) => block.kind === 'paragraph')
  const dekSource = firstParagraph ? plain(firstParagraph.text, format) : title
  const dek = (/^(.{40,}?[.!?])\s/.exec(`${dekSource} `)?.[1] ?? dekSource).slice(0, 400)
  return {
    authors,
    body: { content: content.length > 0 ? content : [{ type: 'paragraph' }], type: 'doc' },
    cleanup: removed.length > 0 ? [...cleanup, { label: 'Repeated pull quotes', lines: removed }] : cleanup,
    dek,
    notes,
    title: title.slice(0, 200),
  }
}

/**
 * Reads a document (Markdown or plain text, or the text of a DOCX) into one article per
 * "By <author>" line: title, authors, headings, paragraphs, lists, quotes, and endnotes or footnotes
 * in any usual style turned into Footnote nodes at their markers.
 */
export const documentToArticles = ({ format, text }: { format: DocumentFormat; text: string }): ParsedArticle[] => {
  const { lines, report } = cleanLines(text)
  const blocks = linesToBlocks(lines, format)
  return splitArticles(blocks)
    .map((segment) => segmentToArticle(segment, format, report))
    .filter((article) => article.title || article.body.content!.some((node) => node.content && node.content.length > 0))
}
