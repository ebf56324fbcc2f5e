import type { CollectionBeforeChangeHook, CollectionConfig, Config, Field, Plugin } from 'payload'

import { isStaffField } from '@/access/isStaff'

import { fieldsShowMedia, MEDIA_REFS_FIELD, mediaIdsIn } from './mediaVisibility'

/** Keeps `mediaRefs` equal to the media the document's data shows, draft and published alike. */
export const deriveMediaRefs: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const ids = mediaIdsIn(collection.flattenedFields, { ...(originalDoc ?? {}), ...data })
  return {
    ...data,
    [MEDIA_REFS_FIELD]: ids.map((id) => (req.payload.db.defaultIDType === 'number' ? Number(id) : id)),
  }
}

const mediaRefsField: Field = {
  name: MEDIA_REFS_FIELD,
  type: 'relationship',
  access: { create: () => false, read: isStaffField, update: () => false },
  admin: { hidden: true },
  hasMany: true,
  index: true,
  relationTo: 'media',
}

const withMediaRefs = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields, mediaRefsField],
  hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), deriveMediaRefs] },
})

/**
 * Gives every collection whose documents can show uploads (upload fields, images in rich text) a
 * derived `mediaRefs` field, so the database can answer "does a published document show this
 * upload?" and unpublished uploads stay out of public reads (lib/workflow/mediaVisibility.ts).
 */
export const trackShownMedia =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.slug !== 'media' && collection.versions && fieldsShowMedia(collection.fields)
        ? withMediaRefs(collection)
        : collection,
    ),
  })
