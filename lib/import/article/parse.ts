import type { JSONContent } from '@tiptap/core'

import MarkdownIt from 'markdown-it'

import type { CleanupReport } from './clean'
import type { ImportedNote } from './notes'

import { charsOf, isWhitespace, trimEndWhere, trimStartWhere } from '@/lib/text/trimChars'

import { cleanLines, dropRepeatedQuotes, unescapeMarkdown } from './clean'
import { isNotesHeading, noteToSource, readNoteStart, superscriptToDigits } from './notes'

export type DocumentFormat = 'markdown' | 'text'

/** Where a block starts in the document (0-based line) and whether a blank line or rule precedes it. */
type At = { isAfterBreak: boolean; line: number }

type Block = At &
  (
    | { kind: 'bullets'; items: string[] }
    | { kind: 'heading'; level: number; text: string }
    | { kind: 'note'; text: string }
    | { kind: 'paragraph'; text: string }
    | { kind: 'quote'; text: string }
  )

type TextBlock = Exclude<Block, { kind: 'bullets' }>

/**
 * One choice the importer made that the analyst may undo before creating the draft. `id` is stable
 * across readings of the same text, so sending it back in `undo` reads the document without it.
 */
export type ImportDecision = {
  id: string
  kind: 'bio' | 'disclaimer' | 'front' | 'join' | 'note' | 'residue'
  label: string
  text: string
}

/** One article found in a document, ready to become a draft. */
export type ParsedArticle = {
  authors: string[]
  /** The author box or bio, kept out of the body (its countries are shown, not counted). */
  bio: string
  body: JSONContent & { type: 'doc' }
  cleanup: CleanupReport
  decisions: ImportDecision[]
  dek: string
  /** A "views expressed are the author's own" line, kept out of the body. */
  disclaimer: null | string
  notes: ImportedNote[]
  title: string
}

const BYLINE = /^(?:\*\*|_)?by\s+([A-Z\u0400-\u04ff][^\n]{2,120}?)(?:\*\*|_)?$/i
const HEADING_START = /^#{1,6}\s/
const BIO_LABEL = /^(about the authors?|author'?s bio(graphy)?|author bio(graphy)?|the authors?|about the writer)\s*:?$/i
const BULLET_START = /^[-*•]\s+\S/
/** A Markdown line in bold italic only (`***A shift to contracts***`): a heading in PDF conversions. */
const BOLD_ITALIC_LINE = /^(?:\*\*\*|___)([^*_].{0,150})(?:\*\*\*|___)$/
/** A numbered note at the start of a line in a notes block at a page break: `1 Ministry of …`. */
const BREAK_NOTE_START = /^(\d{1,3})\s+(\S.*)$/
const RULE = /^(-{3,}|\*{3,}|_{3,})$/
const ENDS_SENTENCE = /[.!?…:;"”»)\]]$/
const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'its',
  'of',
  'on',
  'or',
  'the',
  'to',
  'vs',
  'with',
])
const CATEGORY_LABELS = new Set([
  'analysis',
  'comment',
  'commentary',
  'essay',
  'explainer',
  'feature',
  'interview',
  'news',
  'opinion',
  'policy brief',
  'report',
  'review',
])

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

/** Text without Markdown emphasis, escapes and link targets, for reading what a line says. */
const bareText = (text: string): string =>
  unescapeMarkdown(text.replace(/\[([^\][]+)\]\([^)[]*\)/g, '$1').replace(/(?<!\\)[*_`]/g, '')).trim()

/**
 * A line that reads as a title or heading: short, no closing punctuation, and in title case
 * (`Hotels and Training`), in capitals, or a label and subtitle (`Arrivals: the numbers behind`).
 */
const isTitleLike = (text: string): boolean => {
  const line = bareText(text)
  if (!line || line.length > 120 || ENDS_SENTENCE.test(line) || line.endsWith(',')) {
    return false
  }
  const label = /^[\p{Lu}][\p{L}'’ -]{0,40}: \S/u.exec(line)
  if (label && line.split(' ').length <= 14) {
    return true
  }
  const words = line.split(' ').filter((word) => /\p{L}/u.test(word))
  return (
    words.length > 0 &&
    words.length <= 14 &&
    words.every((word, index) => /^[\p{Lu}\d"“‘'(]/u.test(word) || (index > 0 && SMALL_WORDS.has(word.toLowerCase())))
  )
}

const markdown = new MarkdownIt('commonmark', { linkify: false })

const linesToBlocks = (lines: string[], numbers: number[], format: DocumentFormat): Block[] => {
  const hasBlankLines = lines.some((line, index) => !line.trim() && index > 0 && index < lines.length - 1)
  const blocks: Block[] = []
  let paragraph: string[] = []
  let paragraphAt: At = { isAfterBreak: false, line: 0 }
  let isAfterBreak = false
  // Inside a notes block at a page break (after a `---` line), numbered lines are notes.
  let isInBreakNotes = false
  const push = (block: Block) => {
    blocks.push(block)
    isAfterBreak = false
  }
  const flush = () => {
    if (paragraph.length > 0) {
      const text = paragraph.join(' ').replace(/\s+/g, ' ').trim()
      if (text) {
        blocks.push({ ...paragraphAt, kind: 'paragraph', text })
      }
      paragraph = []
      isAfterBreak = false
    }
  }
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim()
    const at: At = { isAfterBreak, line: numbers[index] }
    const heading = readHeading(line)
    const bullet = readBullet(line)
    const breakNote = isInBreakNotes ? BREAK_NOTE_START.exec(line) : null
    if (!line || line === '\f' || RULE.test(line)) {
      flush()
      isAfterBreak = true
      if (RULE.test(line)) {
        // A rule opens a notes block at a page break; the rule after its notes closes it.
        isInBreakNotes = !(isInBreakNotes && blocks.at(-1)?.kind === 'note')
      }
    } else if (breakNote) {
      flush()
      push({ ...at, kind: 'note', text: `${breakNote[1]}. ${breakNote[2]}` })
    } else if (isInBreakNotes && blocks.at(-1)?.kind === 'note' && !at.isAfterBreak) {
      const note = blocks.at(-1) as { text: string }
      note.text += ` ${line}`
    } else if (heading && format === 'markdown') {
      flush()
      isInBreakNotes = false
      push({ ...at, kind: 'heading', level: heading.level, text: heading.text })
    } else if (format === 'markdown' && BOLD_ITALIC_LINE.test(line)) {
      flush()
      isInBreakNotes = false
      push({ ...at, kind: 'heading', level: 3, text: BOLD_ITALIC_LINE.exec(line)![1].trim() })
    } else if (line.startsWith('>')) {
      flush()
      push({ ...at, kind: 'quote', text: line.replace(/^>\s*/, '') })
    } else if (bullet && !readNoteStart(line)) {
      flush()
      isInBreakNotes = false
      const previous = blocks.at(-1)
      if (previous?.kind === 'bullets') {
        previous.items.push(bullet)
      } else {
        push({ ...at, items: [bullet], kind: 'bullets' })
      }
    } else if (readNoteStart(line) || BYLINE.test(line) || isNotesHeading(line) || BIO_LABEL.test(bareText(line))) {
      flush()
      push({ ...at, kind: 'paragraph', text: line })
    } else {
      isInBreakNotes = false
      if (paragraph.length === 0) {
        paragraphAt = at
      }
      paragraph.push(line)
      // Pasted web text puts one paragraph on each line; wrapped text files end paragraphs with a
      // blank line. A sentence end at the end of a line ends a plain-text paragraph either way, and
      // so does a title-like first line (a heading or title above its first paragraph).
      if (
        !hasBlankLines ||
        (format === 'text' && (/[.!?:”"»)]$/.test(line) || (paragraph.length === 1 && isTitleLike(line))))
      ) {
        flush()
      }
    }
  }
  flush()
  return blocks
}

const startsLowercase = (text: string) => /^\p{Ll}/u.test(bareText(text))

/**
 * Page breaks and line wraps split paragraphs mid-sentence: a paragraph that ends without closing
 * punctuation is joined to the next one that starts in lower case, across a blank line, a pull
 * quote or a notes block in between (which stay where they are).
 */
const rejoinSplitParagraphs = (blocks: Block[], keep: ReadonlySet<string>, decisions: ImportDecision[]): Block[] => {
  const joined: Block[] = []
  for (const block of blocks) {
    let target: Extract<Block, { kind: 'paragraph' }> | undefined
    if (block.kind === 'paragraph' && startsLowercase(block.text) && !keep.has(`join:${block.line}`)) {
      for (let index = joined.length - 1; index >= 0; index--) {
        const candidate = joined[index]
        if (
          candidate.kind === 'quote' ||
          candidate.kind === 'note' ||
          (candidate.kind === 'paragraph' && readNoteStart(candidate.text))
        ) {
          continue
        }
        if (
          candidate.kind === 'paragraph' &&
          !ENDS_SENTENCE.test(bareText(candidate.text)) &&
          !BYLINE.test(candidate.text)
        ) {
          target = candidate
        }
        break
      }
    }
    if (target && block.kind === 'paragraph') {
      decisions.push({
        id: `join:${block.line}`,
        kind: 'join',
        label: 'Lines re-joined across a page break or line wrap',
        text: `…${target.text.slice(-40)} ⏎ ${block.text.slice(0, 40)}…`,
      })
      target.text = `${target.text} ${block.text}`
      continue
    }
    joined.push(block)
  }
  return joined
}

const blockText = (block: Block) => (block.kind === 'bullets' ? block.items.join(' ') : block.text)

const endsSentence = (block: Block) => ENDS_SENTENCE.test(bareText(blockText(block)))

/**
 * Splits a page at its "By <author>" lines. Each article starts at its title: up to two lines
 * without closing punctuation right above the byline (a title and its subtitle), written on
 * consecutive lines; what is above the first article is the page's header.
 */
const splitArticles = (blocks: Block[]): { header: Block[]; segments: Block[][] } => {
  const bylines = blocks.flatMap((block, index) =>
    block.kind === 'paragraph' && BYLINE.test(block.text) ? [index] : [],
  )
  if (bylines.length < 2) {
    return { header: [], segments: [blocks] }
  }
  const starts = bylines.map((byline, position) => {
    const floor = position === 0 ? 0 : bylines[position - 1] + 1
    let start = byline
    while (start - 1 >= floor && byline - start < 2) {
      const above = blocks[start - 1]
      if ((above.kind !== 'paragraph' && above.kind !== 'heading') || endsSentence(above) || above.text.length > 200) {
        break
      }
      start--
      if (above.isAfterBreak) {
        break
      }
    }
    return start
  })
  return {
    header: blocks.slice(0, starts[0]),
    segments: starts.map((start, position) => blocks.slice(start, starts[position + 1] ?? blocks.length)),
  }
}

const readNotes = (noteBlocks: { line: number; text: string }[]): (ImportedNote & { line: number })[] => {
  const notes: { line: number; marker: string; text: string }[] = []
  for (const { line, text } of noteBlocks) {
    const start = readNoteStart(text)
    if (start) {
      notes.push({ line, ...start })
    } else if (notes.length > 0) {
      notes[notes.length - 1].text += ` ${text.trim()}`
    }
  }
  const seen = new Set<string>()
  return notes
    .filter((note) => !seen.has(note.marker) && seen.add(note.marker))
    .map((note) => ({ ...noteToSource(note.marker, unescapeMarkdown(note.text)), line: note.line }))
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
    // A marker glued to the next sentence (`grows.[iii]The growth`) had a space there in print.
    if (/^\p{L}/u.test(text.slice(last, last + 1))) {
      content.push({ text: ' ', type: 'text' })
    }
  }
  pushText(text.slice(last))
  return content.filter((node) => node.type !== 'text' || node.text)
}

const plain = (text: string, format: DocumentFormat) =>
  (format === 'markdown' ? bareText(text) : unescapeMarkdown(text)).replace(INLINE_MARKER, '').trim()

/** `TIMUR BEKOV` → `Timur Bekov`; names already in mixed case stay as written. */
const nameCase = (name: string): string =>
  name
    .split(' ')
    .map((word) => (word.length > 1 && word === word.toUpperCase() ? word[0] + word.slice(1).toLowerCase() : word))
    .join(' ')

const PERSON_NAME = /^[\p{Lu}][\p{L}'’.-]*(\s+[\p{Lu}][\p{L}'’.-]*){0,3}$/u

const splitAuthors = (byline: string): string[] =>
  bareText(byline)
    .replace(/\s+/g, ' ')
    .split(/,|&| and | и /)
    .map((name) => nameCase(name.replace(/[*_\\]/g, '').trim()))
    .filter((name) => PERSON_NAME.test(name))

/** A byline without "By": a line of one to three names in bold or marked `\*` for a bio note. */
const nameOnlyByline = (text: string): null | string[] => {
  if (!/[*_]/.test(text)) {
    return null
  }
  const names = trimEndWhere(bareText(text), charsOf('*', { andWhitespace: true }))
  const authors = splitAuthors(names)
  const parts = names.split(/,|&| and /).filter((part) => part.trim())
  return authors.length > 0 &&
    authors.length === parts.length &&
    authors.every((name) => name.includes(' ') && name.split(' ').length <= 4)
    ? authors
    : null
}

const isCategoryLabel = (text: string): boolean => {
  const line = bareText(text)
  return (
    CATEGORY_LABELS.has(line.toLowerCase()) ||
    (line.length <= 30 && line.split(' ').length <= 3 && /^[\p{Lu} &/-]+$/u.test(line) && /\p{Lu}{3}/u.test(line))
  )
}

const DISCLAIMER = /\b(views|opinions) expressed\b|\bdo(?:es)? not necessarily (reflect|represent)\b/i
const BIO_VERB = /^(is|was|has|writes|works|teaches|leads|heads|directs|covers|studies)\b/

const isBioOf = (text: string, authors: string[]): boolean => {
  const line = trimStartWhere(bareText(text), (char) => !/\p{L}/u.test(char)).toLowerCase()
  return authors.some((author) => {
    const name = author.toLowerCase()
    return line.startsWith(name) && BIO_VERB.test(line.slice(name.length).trim())
  })
}

/** `Ani GRIGORYAN Ani GRIGORYAN` above a bio: the author's name again, in any case, once or twice. */
const isNameRepeat = (text: string, authors: string[]): boolean => {
  const line = bareText(text).toLowerCase().replace(/\s+/g, ' ')
  return authors.some((author) => {
    const name = author.toLowerCase()
    return line === name || line === `${name} ${name}`
  })
}

const ABSTRACT = /^(?:abstract|summary)\s*:\s*(\S.*)$/i
const KEYWORDS = /^(?:key ?words|tags)\s*:/i
const ITALIC_LINE = /^(?:\*[^*].*\*|_[^_].*_)$/

const noteStartOf = (block: Block) => (block.kind === 'paragraph' ? readNoteStart(block.text) : null)

type SegmentContext = {
  cleanup: CleanupReport
  decisions: ImportDecision[]
  format: DocumentFormat
  hasBlankLines: boolean
  keep: ReadonlySet<string>
}

/** Title, byline and standfirst at the top of a segment; returns the blocks that remain. */
const readFrontMatter = (blocks: Block[], context: SegmentContext) => {
  const { decisions, format, keep } = context
  let remaining = [...blocks]
  const drop = (block: Block, kind: ImportDecision['kind'], label: string) => {
    decisions.push({ id: `${kind}:${block.line}`, kind, label, text: plain(blockText(block), format) })
    remaining = remaining.filter((candidate) => candidate !== block)
  }
  const first = remaining[0]
  if (
    first &&
    remaining.length > 2 &&
    first.kind === 'paragraph' &&
    isCategoryLabel(first.text) &&
    !keep.has(`front:${first.line}`)
  ) {
    drop(first, 'front', 'Category label above the title')
  }
  let title = ''
  let authors: string[] = []
  const standfirst: string[] = []
  const titleIndex = remaining.findIndex((block) => block.kind !== 'bullets')
  if (titleIndex >= 0) {
    const candidate = remaining[titleIndex] as TextBlock
    if (!BYLINE.test(candidate.text) && (candidate.kind === 'heading' || candidate.text.length <= 200)) {
      title = plain(candidate.text, format)
      remaining.splice(titleIndex, 1)
    }
  }
  let bylineIndex = remaining.findIndex(
    (block, index) =>
      index < 3 &&
      block.kind === 'paragraph' &&
      (BYLINE.test(block.text) || (index === 0 && nameOnlyByline(block.text))),
  )
  if (bylineIndex >= 0) {
    const byline = remaining[bylineIndex] as TextBlock
    const byMatch = BYLINE.exec(byline.text)
    authors = byMatch ? splitAuthors(byMatch[1]) : (nameOnlyByline(byline.text) ?? [])
    // Lines between the title and the byline are a subtitle.
    for (const block of remaining.slice(0, bylineIndex)) {
      if (block.kind === 'paragraph' && block.text.length <= 300 && !keep.has(`front:${block.line}`)) {
        standfirst.push(plain(block.text, format))
        drop(block, 'front', 'Subtitle taken as the standfirst')
      }
    }
    bylineIndex = remaining.indexOf(byline)
    remaining.splice(bylineIndex, 1)
  } else {
    bylineIndex = 0
  }
  // Abstract and keywords of a paper.
  for (const block of remaining.slice(bylineIndex, bylineIndex + 4)) {
    if (block.kind !== 'paragraph' || keep.has(`front:${block.line}`)) {
      continue
    }
    const abstract = ABSTRACT.exec(bareText(block.text))
    if (abstract && standfirst.length === 0) {
      standfirst.push(plain(abstract[1], format))
      drop(block, 'front', 'Abstract taken as the standfirst')
    } else if (KEYWORDS.test(bareText(block.text))) {
      drop(block, 'front', 'Keywords line')
    }
  }
  if (standfirst.length === 0) {
    const lead: TextBlock[] = []
    for (const block of remaining.slice(bylineIndex)) {
      const isLead =
        block.kind === 'paragraph' &&
        block.text.length <= 300 &&
        !noteStartOf(block) &&
        !keep.has(`front:${block.line}`) &&
        (format === 'markdown'
          ? ITALIC_LINE.test(block.text)
          : context.hasBlankLines
            ? !block.isAfterBreak
            : !isTitleLike(block.text))
      if (!isLead || lead.length >= 3) {
        break
      }
      lead.push(block)
    }
    const next = remaining[remaining.indexOf(lead.at(-1) as Block) + 1]
    const isLeadComplete =
      lead.length > 0 &&
      next !== undefined &&
      (format === 'markdown' || (context.hasBlankLines ? next.isAfterBreak : isTitleLike(blockText(next))))
    if (isLeadComplete) {
      for (const block of lead) {
        standfirst.push(plain(block.text, format))
        drop(block, 'front', 'Standfirst lines taken out of the body')
      }
    }
  }
  return { authors, remaining, standfirst: standfirst.join(' '), title }
}

const segmentToArticle = (blocks: Block[], context: SegmentContext): ParsedArticle => {
  const { format, keep } = context
  const decisions: ImportDecision[] = []
  const segmentContext = { ...context, decisions }
  const front = readFrontMatter(blocks, segmentContext)
  const { authors, title } = front
  let remaining = front.remaining

  // The tail: notes, author box and bio, disclaimer. Classified before the notes are read, so an
  // author box after the notes does not hide them.
  const bio: string[] = []
  let disclaimer: null | string = null
  let isInBio = false
  const tail = new Set<Block>()
  for (const block of remaining) {
    const text = blockText(block)
    const undone = keep.has(`bio:${block.line}`) || keep.has(`disclaimer:${block.line}`)
    if (block.kind === 'heading' || undone) {
      isInBio = false
      continue
    }
    if (BIO_LABEL.test(bareText(text)) || isNameRepeat(text, authors)) {
      isInBio = true
      decisions.push({ id: `bio:${block.line}`, kind: 'bio', label: 'Author box label', text: bareText(text) })
      tail.add(block)
    } else if (block.kind === 'paragraph' && DISCLAIMER.test(text) && text.length <= 500) {
      disclaimer = plain(text, format)
      decisions.push({
        id: `disclaimer:${block.line}`,
        kind: 'disclaimer',
        label: 'Disclaimer kept apart from the body',
        text: disclaimer,
      })
      tail.add(block)
    } else if (block.kind === 'paragraph' && (isInBio || isBioOf(text, authors)) && !noteStartOf(block)) {
      bio.push(plain(text, format))
      decisions.push({
        id: `bio:${block.line}`,
        kind: 'bio',
        label: 'Author bio kept apart from the body',
        text: plain(text, format),
      })
      tail.add(block)
    }
  }
  remaining = remaining.filter((block) => !tail.has(block))

  // Notes: a notes heading and what follows it, numbered lines after the last body paragraph,
  // `[^n]:` definitions anywhere, and notes blocks at page breaks.
  const noteBlocks: Block[] = []
  const headingIndex = remaining.findIndex((block) => block.kind !== 'bullets' && isNotesHeading(block.text))
  let bodyEnd = headingIndex >= 0 ? headingIndex : remaining.length
  if (headingIndex >= 0) {
    noteBlocks.push(...remaining.slice(headingIndex + 1))
  } else {
    while (bodyEnd > 0 && noteStartOf(remaining[bodyEnd - 1])) {
      bodyEnd--
    }
    noteBlocks.push(...remaining.slice(bodyEnd))
  }
  const body = remaining.slice(0, bodyEnd).filter((block) => {
    const isNote = block.kind === 'note' || (block.kind === 'paragraph' && /^\[\^[^\]]+\]:/.test(block.text))
    if (isNote) {
      noteBlocks.push(block)
    }
    return !isNote
  })
  const allNotes = readNotes(
    noteBlocks
      .sort((a, b) => a.line - b.line)
      .flatMap((block) =>
        block.kind === 'bullets'
          ? block.items.map((item) => ({ line: block.line, text: item }))
          : [{ line: block.line, text: block.text }],
      ),
  )
  // A note the analyst unmatched goes back into the body as a paragraph, its marker left as text.
  const notes = allNotes.filter((note) => !keep.has(`note:${note.line}`))
  for (const note of allNotes.filter((candidate) => keep.has(`note:${candidate.line}`))) {
    const source = noteBlocks.find((block) => block.line === note.line)
    if (source) {
      body.push({ ...source, kind: 'paragraph', text: blockText(source) })
    }
  }
  const notesByMarker = new Map(notes.map(({ line: _line, ...note }) => [note.id, note]))

  // Plain text marks headings only by their shape: a title-like line above a paragraph.
  const shaped = body.map((block, index) =>
    format === 'text' &&
    block.kind === 'paragraph' &&
    isTitleLike(block.text) &&
    !noteStartOf(block) &&
    body[index + 1]?.kind === 'paragraph'
      ? ({ ...block, kind: 'heading', level: 2 } as Block)
      : block,
  )

  const textBlocks = shaped.filter((block) => block.kind === 'paragraph' || block.kind === 'quote')
  const { removed } = dropRepeatedQuotes(textBlocks.map((block) => plain(blockText(block), format)))
  const removedSet = new Set(removed)
  const kept = shaped.filter(
    (block) =>
      !(block.kind === 'paragraph' || block.kind === 'quote') || !removedSet.has(plain(blockText(block), format)),
  )

  const content: JSONContent[] = kept.map((block) => {
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
  const bodyText = kept.map((block) => blockText(block)).join('\n')
  for (const note of notes) {
    const marker = [...bodyText.matchAll(INLINE_MARKER)].find(
      (match) => (match[1] ?? match[2] ?? match[3] ?? superscriptToDigits(match[4] ?? '')).toLowerCase() === note.id,
    )
    const before = marker ? plain(bodyText.slice(Math.max(0, marker.index - 40), marker.index), format) : ''
    decisions.push({
      id: `note:${note.line}`,
      kind: 'note',
      label: marker ? `Note ${note.id} placed at its marker` : `Note ${note.id} has no marker in the text`,
      text: marker ? `…${before} [${note.id}] ← ${note.title}` : note.title,
    })
  }
  const firstParagraph = kept.find((block) => block.kind === 'paragraph')
  const dekSource = firstParagraph ? plain(firstParagraph.text, format) : title
  const dek = front.standfirst || (/^(.{40,}?[.!?])\s/.exec(`${dekSource} `)?.[1] ?? dekSource)
  return {
    authors,
    bio: bio.join('\n'),
    body: { content: content.length > 0 ? content : [{ type: 'paragraph' }], type: 'doc' },
    cleanup:
      removed.length > 0 ? [...context.cleanup, { label: 'Repeated pull quotes', lines: removed }] : context.cleanup,
    decisions,
    dek: dek.slice(0, 400),
    disclaimer,
    notes: notes.map(({ line: _line, ...note }) => note),
    title: title.slice(0, 200),
  }
}

/**
 * Reads a document (Markdown or plain text, or the text of a DOCX) into one article per
 * "By <author>" line: title, standfirst, authors, headings, paragraphs, lists, quotes, and endnotes
 * or footnotes in any usual style turned into Footnote nodes at their markers. Every choice the
 * analyst may want back is listed in `decisions`; ids passed in `undo` read the text without them.
 */
export const documentToArticles = ({
  format,
  text,
  undo = [],
}: {
  format: DocumentFormat
  text: string
  undo?: readonly string[]
}): ParsedArticle[] => {
  const keep = new Set(undo)
  const keepLines = new Set(
    undo.flatMap((id) => (id.startsWith('residue:') ? [Number(id.slice('residue:'.length))] : [])),
  )
  const { dropped, lines, numbers, report } = cleanLines(text, keepLines)
  const hasBlankLines = lines.some((line, index) => !line.trim() && index > 0 && index < lines.length - 1)
  const pageDecisions: ImportDecision[] = dropped.map((line) => ({
    id: `residue:${line.line}`,
    kind: 'residue',
    label: line.label,
    text: line.text,
  }))
  const blocks = rejoinSplitParagraphs(linesToBlocks(lines, numbers, format), keep, pageDecisions)
  const { header, segments } = splitArticles(blocks)
  const kept = header.filter((block) => keep.has(`front:${block.line}`))
  for (const block of header.filter((candidate) => !kept.includes(candidate))) {
    pageDecisions.push({
      id: `front:${block.line}`,
      kind: 'front',
      label: 'Page header above the first article',
      text: plain(blockText(block), format),
    })
  }
  if (kept.length > 0) {
    segments[0] = [...kept, ...segments[0]]
  }
  return segments
    .map((segment, index) => {
      const article = segmentToArticle(segment, { cleanup: report, decisions: [], format, hasBlankLines, keep })
      return index === 0 ? { ...article, decisions: [...pageDecisions, ...article.decisions] } : article
    })
    .filter((article) => article.title || article.body.content!.some((node) => node.content && node.content.length > 0))
}
