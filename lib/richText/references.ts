import type { JSONContent } from '@tiptap/core'

export type FootnoteData = {
  accessed: null | string
  id: string
  publisher: null | string
  title: string
  url: null | string
}

const walk = (doc: unknown, visit: (node: JSONContent) => void): void => {
  if (!doc || typeof doc !== 'object') {
    return
  }
  const node = doc as JSONContent
  visit(node)
  for (const child of node.content ?? []) {
    walk(child, visit)
  }
}

/** Footnotes in reading order; the first occurrence of an id wins (a pasted copy repeats it). */
export const collectFootnotes = (doc: unknown): FootnoteData[] => {
  const notes: FootnoteData[] = []
  walk(doc, (node) => {
    if (node.type === 'footnote' && node.attrs?.id && !notes.some((note) => note.id === String(node.attrs!.id))) {
      notes.push({
        accessed: node.attrs.accessed ?? null,
        id: String(node.attrs.id),
        publisher: node.attrs.publisher ?? null,
        title: String(node.attrs.title ?? ''),
        url: node.attrs.url ?? null,
      })
    }
  })
  return notes
}

/** Reader-facing number of each footnote id: 1, 2, 3… in reading order. */
export const footnoteNumbers = (doc: unknown): Map<string, number> =>
  new Map(collectFootnotes(doc).map((note, index) => [note.id, index + 1]))

const collectIds = (doc: unknown, type: string, attribute: string): string[] => {
  const ids: string[] = []
  walk(doc, (node) => {
    const id = node.type === type ? node.attrs?.[attribute] : undefined
    if (id !== undefined && id !== null && !ids.includes(String(id))) {
      ids.push(String(id))
    }
  })
  return ids
}

/** Ids of the countries, observations and media a document points at, each once. */
export const richTextReferences = (doc: unknown) => ({
  countries: collectIds(doc, 'countryMention', 'countryId'),
  media: collectIds(doc, 'figure', 'mediaId'),
  observations: collectIds(doc, 'indicatorFigure', 'observationId'),
})
