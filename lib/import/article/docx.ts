import mammoth from 'mammoth'

const ENTITIES: Record<string, string> = { amp: '&', apos: "'", gt: '>', lt: '<', nbsp: ' ', quot: '"' }

const decode = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&([a-z]+);/gi, (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity)

const inlineHtmlToMarkdown = (html: string) =>
  decode(
    html
      .replace(/<sup>\s*<a[^>]*href="#(?:foot|end)note-(\d+)"[^>]*>.*?<\/a>\s*<\/sup>/gi, '[$1]')
      .replace(/<a[^>]*href="#(?:foot|end)note-ref-\d+"[^>]*>.*?<\/a>/gi, '')
      .replace(/<a [^>]*href="(https?:[^"]+)"[^>]*>(.*?)<\/a>/gi, '[$2]($1)')
      .replace(/<(strong|b)>(.*?)<\/\1>/gi, '**$2**')
      .replace(/<(em|i)>(.*?)<\/\1>/gi, '*$2*')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<[^>]+>/g, ''),
  ).trim()

/**
 * A Word document as Markdown text for `documentToArticles`: headings keep their level, footnote
 * and endnote references become `[n]` and the notes themselves a "Notes" list at the end, which is
 * where Word keeps them too.
 */
export const docxToMarkdown = async (bytes: Uint8Array): Promise<string> => {
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
  const notes: string[] = []
  const withoutNotes = html.replace(
    /<li id="(?:foot|end)note-(\d+)">(.*?)<\/li>/gis,
    (_, marker: string, body: string) => {
      notes.push(`[${marker}] ${inlineHtmlToMarkdown(body)}`)
      return ''
    },
  )
  const lines: string[] = []
  for (const match of withoutNotes.matchAll(/<(h[1-6]|p|li|blockquote)[^>]*>(.*?)<\/\1>/gis)) {
    const [, tag, body] = match
    const text = inlineHtmlToMarkdown(body)
    if (!text) {
      continue
    }
    if (tag.toLowerCase().startsWith('h')) {
      lines.push(`${'#'.repeat(Number(tag[1]))} ${text}`)
    } else if (tag.toLowerCase() === 'li') {
      lines.push(`- ${text}`)
    } else if (tag.toLowerCase() === 'blockquote') {
      lines.push(`> ${text}`)
    } else {
      lines.push(text)
    }
  }
  if (notes.length > 0) {
    lines.push('## Notes', ...notes)
  }
  return lines.join('\n\n')
}
