import { charsOf, trimEndWhere } from '@/lib/text/trimChars'

/**
 * Clean-up an editor would otherwise do by hand on text pasted or converted from a web page or a
 * Word file: invisible and non-breaking characters, share buttons and navigation, photo credits and
 * captions, page-break fragments, escaped Markdown. Returns the cleaned lines and what was removed.
 */
export type CleanupReport = { label: string; lines: string[] }[]

const RESIDUE: { label: string; pattern: RegExp }[] = [
  {
    label: 'Image placeholders',
    pattern:
      /^(shutterstock|getty ?images|istock(photo)?|adobe ?stock|depositphotos|dreamstime|alamy)[_ -]?\d{3,}(?:[._-][\w-]{0,40})?$|^(img|image|dsc|photo)[_-]?\d{3,}\.(jpe?g|png|webp|gif)$/i,
  },
  {
    label: 'Site footer',
    pattern:
      /^(feature articles|earlier articles|latest articles|more articles|newsletter|most read|popular posts|all rights reserved\.?|©.{0,200}|copyright ©?.{0,200})$/i,
  },
  {
    label: 'Language switchers',
    pattern: /^(this (post|article|page) is )?(also )?available in:.{0,200}$/i,
  },
  {
    label: 'Share buttons and navigation',
    pattern:
      /^(share( this( article| page)?)?|share on( social media| \w+)|compartir|partager|teilen|condividi|поделиться|бөлісу|ulashish|paylaş|udostępnij|partilhar|delen|dela|jaa|გაზიარება|կիսվել|tweet|facebook|twitter|x|linkedin|whatsapp|telegram|vk|e-?mail|print|copy link|link copied|subscribe( to our newsletter)?|read more|related( articles)?|back to top|menu|search|skip to (main )?content|home(\s*[>/»›|].*)?|previous article|next article|tags?:.*|follow us.*|\d+\s*min(ute)?s? read)$/i,
  },
  {
    label: 'Photo credits and captions',
    pattern:
      /^(\(?\s*(photos?|photograph|images?|picture|pictured|caption|credits?|illustration)( credits?)?\s*(:|by\b|—|–|\|).{0,200}|(photo|image) (source|courtesy)\b.{0,200}|source: (getty|reuters|afp|ap|shutterstock).{0,100}|©.{0,200}|!\[[^\]]*\]\([^)]*\))$/i,
  },
  {
    label: 'Page-break fragments',
    pattern:
      /^(\f|page \d+( of \d+)?|[-–—]\s*\d+\s*[-–—]|\d{1,3}|continued on (the )?next page\.?|\(continued\)|\.{3,})$/i,
  },
]

export const normalizeCharacters = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[\u2011\u2010]/g, '-')
    .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/\f/g, '\n\f\n')
    .split('\n')
    .map((line) => trimEndWhere(line, charsOf(' \t')))
    .join('\n')

/** Markdown escapes left in text that is not Markdown (`3\.5`, `\*`, `\[1\]`). */
export const unescapeMarkdown = (text: string): string => text.replace(/\\([\\`*_{}[\]()#+\-.!|>~^])/g, '$1')

/** A line dropped as residue, by its line number in the document (0-based), to undo one by one. */
export type DroppedLine = { label: string; line: number; text: string }

/**
 * The document's lines without residue, each with its line number, and what was dropped. Lines
 * whose number is in `keep` stay even when they look like residue (the analyst undid the drop).
 */
export const cleanLines = (
  text: string,
  keep: ReadonlySet<number> = new Set(),
): { dropped: DroppedLine[]; lines: string[]; numbers: number[]; report: CleanupReport } => {
  const removed = new Map<string, string[]>()
  const dropped: DroppedLine[] = []
  const lines: string[] = []
  const numbers: number[] = []
  for (const [number, line] of normalizeCharacters(text).split('\n').entries()) {
    const bare = trimEndWhere(line.trim().replace(/^[#>*\s]+/, ''), charsOf('*_ '))
    const residue = bare && !keep.has(number) ? RESIDUE.find((rule) => rule.pattern.test(bare)) : undefined
    if (residue) {
      removed.set(residue.label, [...(removed.get(residue.label) ?? []), line.trim()])
      dropped.push({ label: residue.label, line: number, text: line.trim() })
      continue
    }
    lines.push(line)
    numbers.push(number)
  }
  return {
    dropped,
    lines,
    numbers,
    report: [...removed].map(([label, removedLines]) => ({ label, lines: removedLines })),
  }
}

const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[“”"'‘’«»*_>]/g, '')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * Pull quotes repeat a sentence of the article in large type; once the layout is gone they are
 * duplicate paragraphs. A short paragraph whose words appear verbatim in another paragraph goes.
 */
export const dropRepeatedQuotes = (paragraphs: string[]): { kept: string[]; removed: string[] } => {
  const texts = paragraphs.map(comparable)
  const firstIndex = new Map<string, number>()
  texts.forEach((text, index) => {
    if (!firstIndex.has(text)) {
      firstIndex.set(text, index)
    }
  })
  const removed: string[] = []
  const kept = paragraphs.filter((paragraph, index) => {
    const text = texts[index]
    const isRepeat =
      text.length >= 20 &&
      text.length <= 400 &&
      texts.some((other, otherIndex) => otherIndex !== index && other.length > text.length && other.includes(text))
    const isEarlierDuplicate = text.length >= 20 && firstIndex.get(text) !== index
    if (isRepeat || isEarlierDuplicate) {
      removed.push(paragraph.trim())
      return false
    }
    return true
  })
  return { kept, removed }
}
