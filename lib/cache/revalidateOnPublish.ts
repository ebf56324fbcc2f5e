import type { CollectionAfterOperationHook, CollectionSlug, Config, Plugin } from 'payload'

import { revalidateReaderPages } from '@/lib/cache/revalidateReaderPages'

const WRITES = new Set(['create', 'delete', 'deleteByID', 'restoreVersion', 'update', 'updateByID'])

/**
 * Revalidates reader pages after any write that can change what readers see: publishing,
 * unpublishing, deleting, or editing a published document in place. Draft saves (`draft: true`,
 * which is every analyst update) only add a version and leave cached pages alone.
 */
export const revalidateAfterLiveWrite: CollectionAfterOperationHook = ({
  args,
  collection,
  operation,
  req,
  result,
}) => {
  const isDraftSave = 'draft' in args && args.draft === true
  if (WRITES.has(operation) && !isDraftSave && !req.context?.disableRevalidate) {
    revalidateReaderPages({ payload: req.payload, reason: `${operation} in ${collection.slug}` })
  }
  return result
}

type Options = {
  /** Collections whose published documents appear on reader pages. */
  collections: CollectionSlug[]
}

/** Appends the revalidation hook to the listed collections, so collection files stay unaware of caching. */
export const revalidateOnPublish =
  ({ collections }: Options): Plugin =>
  (config: Config): Config => {
    const known = new Set((config.collections ?? []).map((collection) => collection.slug))
    const unknown = collections.filter((slug) => !known.has(slug))
    if (unknown.length > 0) {
      throw new Error(`revalidateOnPublish: no collection named ${unknown.join(', ')}.`)
    }
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        collections.includes(collection.slug as CollectionSlug)
          ? {
              ...collection,
              hooks: {
                ...collection.hooks,
                afterOperation: [...(collection.hooks?.afterOperation ?? []), revalidateAfterLiveWrite],
              },
            }
          : collection,
      ),
    }
  }
