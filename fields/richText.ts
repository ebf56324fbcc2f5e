import type { CollectionSlug, JSONField, PayloadRequest } from 'payload'

import { richTextReferences } from '@/lib/richText/references'
import { validateRichTextDoc } from '@/lib/richText/validate'

type Options = {
  admin?: JSONField['admin']
  label?: string
  name: string
  required?: boolean
}

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
 * Mentions, live figures and images must point at records that exist; otherwise the message says
 * which kind and which id, so the writer can remove or replace it.
 */
export const findDanglingReferences = async (req: PayloadRequest, doc: unknown): Promise<null | string> => {
  const references = richTextReferences(doc)
  const [countries, observations, media] = await Promise.all([
    missingIds(req, 'countries', references.countries),
    missingIds(req, 'observations', references.observations),
    missingIds(req, 'media', references.media),
  ])
  const problems = [
    countries.length ? `The text mentions a country that does not exist (id ${countries.join(', ')}).` : null,
    observations.length
      ? `A live figure points at an observation that does not exist (id ${observations.join(', ')}).`
      : null,
    media.length ? `An image in the text is missing from the media library (id ${media.join(', ')}).` : null,
  ].filter(Boolean)
  return problems.length ? problems.join(' ') : null
}

/** Rich text edited with Tiptap in the admin and stored as ProseMirror JSON. */
export const richTextField = ({ admin, label, name, required = false }: Options): JSONField => ({
  name,
  type: 'json',
  admin: {
    ...admin,
    components: { Field: '/components/admin/RichTextField#RichTextField' },
  },
  // Read by code that looks inside documents (e.g. which uploads a page shows).
  custom: { isRichText: true },
  label,
  required,
  validate: async (value: unknown, { req }: { req: PayloadRequest }) => {
    if (value === null || value === undefined) {
      return required ? 'This field is required.' : true
    }
    const shape = validateRichTextDoc(value)
    if (shape !== true) {
      return shape
    }
    return (await findDanglingReferences(req, value)) ?? true
  },
})
