import type { CollectionBeforeOperationHook } from 'payload'

/** Set on the request while a write takes a published document back to draft (an unpublication). */
export const UNPUBLISHING_KEY = 'editorialUnpublishing'

/**
 * Payload's own Unpublish button saves the document itself (no `draft: true`) with `_status: 'draft'`.
 * Later hooks cannot tell that from a draft save of a published document, which changes the same
 * fields, so the write is recognised here, after any hook that forces drafts, for the audit trail.
 */
export const rememberUnpublishing: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  req.context[UNPUBLISHING_KEY] = false
  const data = (args as { data?: { _status?: string } }).data
  const id = (args as { id?: number | string }).id
  if (operation !== 'update' || args.draft === true || data?._status !== 'draft' || id === undefined) {
    return args
  }
  const stored = await req.payload.db.findOne<{ _status?: string; id: number | string }>({
    collection: collection.slug,
    req,
    where: { id: { equals: id } },
  })
  req.context[UNPUBLISHING_KEY] = stored?._status === 'published'
  return args
}
