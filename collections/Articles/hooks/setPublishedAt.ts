import type { CollectionBeforeChangeHook } from 'payload'

/** Stamps the publication date the first time an article goes live without one. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data?._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
