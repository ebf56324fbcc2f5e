import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Stamps the publication date the first time an article goes live without one. A publication
 * through the workflow sends only the status, so the stored date counts as set.
 */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data?._status === 'published' && !(data.publishedAt ?? originalDoc?.publishedAt)) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
