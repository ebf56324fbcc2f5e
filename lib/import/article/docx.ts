import mammoth from 'mammoth'

import { checkArchive, WORD_ARCHIVE_LIMITS } from '@/lib/import/archiveLimits'

const ENTITIES: Record<string, string> = { amp: '&', apos: "'", gt: '>', lt: '<', nbsp: ' ', quot: '"' }

const codePointToText = (code: number, entity: string) =>
  Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity

const decode = (text: string) =>
  text
    .replace(/&#(\d{1,7});/g, (entity, code: string) => codePointToText(Number(code), entity))
    .replace(/&#x([0-9a-f]{1,6});/gi, (entity, code: string) => codePointToText(parseInt(code, 16), entity))
    .replace(/&([a-z]{2,8});/gi, (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity)

/**
 * mammoth's HTML as tags and text. A tag is `<`, a name, attributes without `<` or `>`, then `>`;
 * any other `<` is text. Each match stops at the next `<`, so reading is linear in the length.
 */
const TOKEN = /<(\/?)([a-z][a-z0-9]*)((?:\s[^<>]*)?)>|<|[^<]+/gi
const ATTRIBUTE = /\s([a-z-]+)="([^"]*)"/gi

type Tag = { attributes: Record<string, string>; isClosing: boolean; name: string }
type Token = Tag | string

const htmlToTokens = (html: string): Token[] =>
  [...html.matchAll(TOKEN)].map((match) =>
    match[2]
      ? {
          attributes: Object.fromEntries(
            [...(match[3] ?? '').matchAll(ATTRIBUTE)].map((attribute) => [attribute[1].toLowerCase(), attribute[2]]),
          ),
          isClosing: match[1] === '/',
          name: match[2].toLowerCase(),
        }
      : match[0],
  )

const BLOCKS = new Set(['blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'p'])
const NOTE_ID = /^(?:foot|end)note-(\d+)$/
const NOTE_LINK = /^#(?:foot|end)note-(\d+)$/
const NOTE_BACKLINK = /^#(?:foot|end)note-ref-\d+$/

/** Inline HTML of one block as Markdown: links, bold, italics and note references `[n]`. */
class InlineWriter {
  private text = ''
  private link: { href: null | string; text: string } | null = null

  write(token: Token) {
    if (typeof token === 'string') {
      this.append(token === '<' ? '&lt;' : token)
      return
    }
    const { attributes, isClosing, name } = token
    if (name === 'a') {
      this.writeLink(attributes, isClosing)
    } else if (name === 'strong' || name === 'b') {
      this.append('**')
    } else if (name === 'em' || name === 'i') {
      this.append('*')
    } else if (name === 'br') {
      this.append(' ')
    }
  }

  private append(text: string) {
    if (this.link) {
      this.link.text += text
    } else {
      this.text += text
    }
  }

  private writeLink(attributes: Record<string, string>, isClosing: boolean) {
    if (!isClosing) {
      this.link = { href: attributes.href ?? null, text: '' }
      return
    }
    const link = this.link
    this.link = null
    const href = link?.href ?? ''
    const note = NOTE_LINK.exec(href)
    if (note) {
      this.text += `[${note[1]}]`
    } else if (/^https?:/i.test(href)) {
      this.text += `[${link!.text}](${href})`
    } else if (link && !NOTE_BACKLINK.test(href)) {
      this.text += link.text
    }
  }

  finish(): string {
    if (this.link) {
      this.text += this.link.text
      this.link = null
    }
    const markdown = decode(this.text).trim()
    this.text = ''
    return markdown
  }
}

/** Turns mammoth's HTML into Markdown lines and the notes Word keeps apart (`[n] text`). */
const docxHtmlToLines = (html: string): { lines: string[]; notes: string[] } => {
  const lines: string[] = []
  const notes: string[] = []
  const inline = new InlineWriter()
  let block: null | string = null
  let note: { depth: number; marker: string } | null = null
  const endBlock = () => {
    const text = inline.finish()
    if (!text || !block) {
      return
    }
    if (block.startsWith('h')) {
      lines.push(`${'#'.repeat(Number(block[1]))} ${text}`)
    } else if (block === 'li') {
      lines.push(`- ${text}`)
    } else if (block === 'blockquote') {
      lines.push(`> ${text}`)
    } else {
      lines.push(text)
    }
  }
  for (const token of htmlToTokens(html)) {
    if (note) {
      if (typeof token !== 'string' && token.name === 'li') {
        note.depth += token.isClosing ? -1 : 1
      }
      if (note.depth === 0) {
        notes.push(`[${note.marker}] ${inline.finish()}`)
        note = null
      } else if (typeof token !== 'string' && BLOCKS.has(token.name)) {
        inline.write(' ')
      } else {
        inline.write(token)
      }
      continue
    }
    if (typeof token !== 'string' && BLOCKS.has(token.name)) {
      endBlock()
      const noteId = token.name === 'li' && !token.isClosing ? NOTE_ID.exec(token.attributes.id ?? '') : null
      if (noteId) {
        note = { depth: 1, marker: noteId[1] }
        block = null
      } else {
        block = token.isClosing ? null : token.name
      }
      continue
    }
    inline.write(token)
  }
  endBlock()
  return { lines, notes }
}

/**
 * A Word document as Markdown text for `documentToArticles`: headings keep their level, footnote
 * and endnote references become `[n]` and the notes themselves a "Notes" list at the end, which is
 * where Word keeps them too. The archive is measured before it is unpacked (`WORD_ARCHIVE_LIMITS`).
 */
export const docxToMarkdown = async (bytes: Uint8Array): Promise<string> => {
  await checkArchive({ bytes, kind: 'Word document', limits: WORD_ARCHIVE_LIMITS })
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
  return docxHtmlToMarkdown(html)
}

/** The HTML half of `docxToMarkdown`, for mammoth's output. */
export const docxHtmlToMarkdown = (html: string): string => {
  const { lines, notes } = docxHtmlToLines(html)
  if (notes.length > 0) {
    lines.push('## Notes', ...notes)
  }
  return lines.join('\n\n')
}
