import type { BaseDatabaseAdapter, Field, FlattenedField, Payload, PayloadRequest } from 'payload'

import type { LiveChange } from './audit'

import { richTextReferences } from '@/lib/richText/references'

/** The derived field on editorial documents listing the media they show (uploads and images in rich text). */
export const MEDIA_REFS_FIELD = 'mediaRefs'

type Request = Partial<PayloadRequest> | undefined

const idOf = (value: unknown): null | string => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return id === null || id === undefined || id === '' ? null : String(id)
}

const isRichText = (field: { custom?: Record<string, unknown>; type: string }) =>
  field.type === 'json' && field.custom?.isRichText === true

const pointsAtMedia = (field: { relationTo?: unknown; type: string }) =>
  (field.type === 'upload' || field.type === 'relationship') && field.relationTo === 'media'

/** Whether a collection's fields can show media, i.e. whether it needs `mediaRefs`. */
export const fieldsShowMedia = (fields: Field[]): boolean =>
  fields.some((field) => {
    if ('fields' in field && Array.isArray(field.fields)) {
      return fieldsShowMedia(field.fields)
    }
    if (field.type === 'tabs') {
      return field.tabs.some((tab) => fieldsShowMedia(tab.fields))
    }
    return pointsAtMedia(field as never) || isRichText(field as never)
  })

/** IDs of the media a document's data shows: upload fields, and images inside rich text. */
export const mediaIdsIn = (fields: FlattenedField[], data: null | Record<string, unknown> | undefined): string[] => {
  const ids = new Set<string>()
  const collect = (level: FlattenedField[], value: null | Record<string, unknown> | undefined) => {
    if (!value || typeof value !== 'object') {
      return
    }
    for (const field of level) {
      const fieldValue = value[field.name]
      if (field.name === MEDIA_REFS_FIELD || fieldValue === null || fieldValue === undefined) {
        continue
      }
      if (pointsAtMedia(field)) {
        for (const item of Array.isArray(fieldValue) ? fieldValue : [fieldValue]) {
          const id = idOf(item)
          if (id) {
            ids.add(id)
          }
        }
      } else if (isRichText(field)) {
        richTextReferences(fieldValue).media.forEach((id) => ids.add(id))
      } else if (field.type === 'group' || field.type === 'tab') {
        collect(field.flattenedFields, fieldValue as Record<string, unknown>)
      } else if (field.type === 'array' && Array.isArray(fieldValue)) {
        fieldValue.forEach((row) => collect(field.flattenedFields, row as Record<string, unknown>))
      }
    }
  }
  collect(fields, data)
  return [...ids].sort()
}

const storedRefs = (row: null | Record<string, unknown> | undefined): string[] =>
  (Array.isArray(row?.[MEDIA_REFS_FIELD]) ? (row![MEDIA_REFS_FIELD] as unknown[]) : [])
    .map(idOf)
    .filter((id): id is string => id !== null)
    .sort()

/** Collections whose documents can show media (those that carry `mediaRefs`). */
const mediaShowingCollections = (payload: Payload): string[] =>
  Object.values(payload.collections)
    .filter(({ config }) => config.flattenedFields.some((field) => field.name === MEDIA_REFS_FIELD))
    .map(({ config }) => config.slug)

/** Which of `ids` some published document shows. */
const publishedShowing = async (adapter: BaseDatabaseAdapter, ids: string[], req: Request): Promise<Set<string>> => {
  const shown = new Set<string>()
  for (const collection of mediaShowingCollections(adapter.payload)) {
    const { docs } = await adapter.find({
      collection: collection as never,
      limit: 0,
      pagination: false,
      req,
      select: { [MEDIA_REFS_FIELD]: true },
      where: { and: [{ [MEDIA_REFS_FIELD]: { in: ids } }, { _status: { equals: 'published' } }] },
    })
    docs.forEach((doc) => storedRefs(doc).forEach((id) => ids.includes(id) && shown.add(id)))
  }
  return shown
}

const setVisibility = async (adapter: BaseDatabaseAdapter, ids: string[], isPublic: boolean, req: Request) => {
  if (ids.length > 0) {
    await adapter.updateMany({
      collection: 'media',
      data: { isPublic },
      req,
      where: { id: { in: ids } },
    })
  }
}

const isPublished = (row: null | Record<string, unknown> | undefined) => row?._status === 'published'

/**
 * A document going live or leaving it may change every upload it shows; a live document edited in
 * place only those it started or stopped showing.
 */
const mediaWhoseVisibilityMayChange = ({ after, before }: LiveChange): string[] => {
  const shownBefore = storedRefs(before)
  const shownAfter = storedRefs(after)
  if (isPublished(before) !== isPublished(after)) {
    return [...shownBefore, ...shownAfter]
  }
  return [
    ...shownBefore.filter((id) => !shownAfter.includes(id)),
    ...shownAfter.filter((id) => !shownBefore.includes(id)),
  ]
}

/**
 * After documents' live state changed: the media they showed before or show now are readable by
 * anyone exactly when some published document shows them. Uploads used only by drafts stay staff-only.
 */
export const refreshMediaVisibility = async ({
  adapter,
  changes,
  req,
}: {
  adapter: BaseDatabaseAdapter
  changes: LiveChange[]
  collection: string
  req: Request
}) => {
  const ids = [...new Set(changes.flatMap(mediaWhoseVisibilityMayChange))]
  if (ids.length === 0) {
    return
  }
  const shown = await publishedShowing(adapter, ids, req)
  await setVisibility(
    adapter,
    ids.filter((id) => shown.has(id)),
    true,
    req,
  )
  await setVisibility(
    adapter,
    ids.filter((id) => !shown.has(id)),
    false,
    req,
  )
}

/**
 * Works out `mediaRefs` for every stored document and `isPublic` for every upload, for a database
 * written before they existed (any upload whose visibility was never worked out). Cheap otherwise.
 */
export const ensureMediaVisibility = async (payload: Payload) => {
  const unknown = await payload.db.count({ collection: 'media', where: { isPublic: { exists: false } } })
  if (unknown.totalDocs === 0) {
    return
  }
  const shown = new Set<string>()
  for (const collection of mediaShowingCollections(payload)) {
    const { flattenedFields } = payload.collections[collection as 'articles'].config
    const { docs } = await payload.db.find({ collection: collection as never, limit: 0, pagination: false })
    for (const doc of docs) {
      const refs = mediaIdsIn(flattenedFields, doc)
      if (refs.join() !== storedRefs(doc).join()) {
        await payload.db.updateOne({
          collection: collection as never,
          data: { [MEDIA_REFS_FIELD]: refs.map((id) => (payload.db.defaultIDType === 'number' ? Number(id) : id)) },
          id: doc.id as number | string,
        })
      }
      if ((doc as { _status?: string })._status === 'published') {
        refs.forEach((id) => shown.add(id))
      }
    }
  }
  const { docs: media } = await payload.db.find({ collection: 'media', limit: 0, pagination: false, select: {} })
  const all = media.map((doc) => String(doc.id))
  const adapter = payload.db as unknown as BaseDatabaseAdapter
  await setVisibility(
    adapter,
    all.filter((id) => shown.has(id)),
    true,
    undefined,
  )
  await setVisibility(
    adapter,
    all.filter((id) => !shown.has(id)),
    false,
    undefined,
  )
  payload.logger.info(`Worked out which of ${all.length} uploads published pages show (${shown.size}).`)
}
