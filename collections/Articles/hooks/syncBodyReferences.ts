import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { collectFootnotes, richTextReferences } from '@/lib/richText/references'

type Id = number | string

const idOf = (value: unknown): Id | null =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: Id }).id : (value as Id | null)

const countFootnotes = (doc: unknown): number => {
  let count = 0
  JSON.stringify(doc, (_key, value) => {
    if (value && typeof value === 'object' && value.type === 'footnote') {
      count += 1
    }
    return value
  })
  return count
}

/**
 * Derives what the body implies: `footnoteIds` in reading order (so observations can cite "note 3"),
 * and `countries` = the mentioned countries plus any an editor added by hand (a country that was
 * only mentioned, and no longer is, is dropped again). Footnote ids must be unique.
 */
export const syncBodyReferences: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data || data.body === undefined) {
    return data
  }
  const footnoteIds = collectFootnotes(data.body).map((note) => note.id)
  if (countFootnotes(data.body) !== footnoteIds.length) {
    throw new ValidationError({
      collection: 'articles',
      errors: [
        { message: 'Two footnotes share the same id; remove the copy and insert the note again.', path: 'body' },
      ],
      req,
    })
  }
  const mentioned = richTextReferences(data.body).countries
  const previousFromText = ((originalDoc?.countriesFromText ?? []) as unknown[]).map((value) => String(idOf(value)))
  const current = ((data.countries ?? originalDoc?.countries ?? []) as unknown[]).map((value) => String(idOf(value)))
  const addedByHand = current.filter((id) => !previousFromText.includes(id))
  const asIds = (ids: string[]) => ids.map((id) => (req.payload.db.defaultIDType === 'number' ? Number(id) : id))
  return {
    ...data,
    countries: asIds([...new Set([...addedByHand, ...mentioned])]),
    countriesFromText: asIds(mentioned),
    footnoteIds,
  }
}
