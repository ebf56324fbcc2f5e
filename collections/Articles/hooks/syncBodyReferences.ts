import type { CollectionBeforeValidateHook, CollectionSlug, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { collectFootnotes, richTextReferences } from '@/lib/richText/references'

type Id = number | string

const idOf = (value: unknown): Id | null =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: Id }).id : (value as Id | null)

const missingIds = async (req: PayloadRequest, collection: CollectionSlug, ids: string[]): Promise<string[]> => {
  if (ids.length === 0) {
    return []
  }
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    draft: true,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where: { id: { in: ids } },
  })
  const found = new Set(docs.map((doc) => String(doc.id)))
  return ids.filter((id) => !found.has(id))
}

/**
 * Keeps what the body points at consistent: every mentioned country, live figure and image must
 * exist; footnote ids must be unique; `countries` holds the mentioned countries plus any an editor
 * added by hand (a country mentioned earlier and no longer mentioned is dropped again).
 */
export const syncBodyReferences: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data || data.body === undefined) {
    return data
  }
  const references = richTextReferences(data.body)
  const problems: string[] = []
  const footnoteIds = collectFootnotes(data.body).map((note) => note.id)
  const allFootnoteIds: string[] = []
  JSON.stringify(data.body, (key, value) => {
    if (value && typeof value === 'object' && value.type === 'footnote' && value.attrs?.id) {
      allFootnoteIds.push(String(value.attrs.id))
    }
    return value
  })
  if (allFootnoteIds.length !== footnoteIds.length) {
    problems.push('Two footnotes share the same id; remove the copy and insert the note again.')
  }
  const [countries, observations, media] = await Promise.all([
    missingIds(req, 'countries', references.countries),
    missingIds(req, 'observations', references.observations),
    missingIds(req, 'media', references.media),
  ])
  if (countries.length) {
    problems.push(`The text mentions a country that does not exist (id ${countries.join(', ')}).`)
  }
  if (observations.length) {
    problems.push(`A live figure points at an observation that does not exist (id ${observations.join(', ')}).`)
  }
  if (media.length) {
    problems.push(`An image in the text is missing from the media library (id ${media.join(', ')}).`)
  }
  if (problems.length) {
    throw new ValidationError({
      collection: 'articles',
      errors: problems.map((message) => ({ message, path: 'body' })),
      req,
    })
  }

  const previousFromText = ((originalDoc?.countriesFromText ?? []) as unknown[]).map((value) => String(idOf(value)))
  const current = ((data.countries ?? originalDoc?.countries ?? []) as unknown[]).map((value) => String(idOf(value)))
  const addedByHand = current.filter((id) => !previousFromText.includes(id))
  const merged = [...new Set([...addedByHand, ...references.countries])]
  const asIds = (ids: string[]) => ids.map((id) => (req.payload.db.defaultIDType === 'number' ? Number(id) : id))
  return {
    ...data,
    countries: asIds(merged),
    countriesFromText: asIds(references.countries),
    footnoteIds,
  }
}
