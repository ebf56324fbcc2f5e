/** Editorial collections with a public page a staff member can preview before approval. */
export const PREVIEW_COLLECTIONS = ['articles', 'countries', 'indicators', 'observations'] as const

export type PreviewCollection = (typeof PREVIEW_COLLECTIONS)[number]

export const isPreviewCollection = (value: unknown): value is PreviewCollection =>
  PREVIEW_COLLECTIONS.includes(value as PreviewCollection)

/**
 * The entry of a staff preview (app/api/preview/route.ts): it checks the session and sends staff on
 * to the preview page. Null for a collection without a public page.
 */
export const previewAddress = ({ collection, id }: { collection: string; id: number | string }): null | string =>
  isPreviewCollection(collection)
    ? `/api/preview?${new URLSearchParams({ collection, id: String(id) }).toString()}`
    : null

/** The preview page itself, rendered on every request for a signed-in staff member only. */
export const previewPagePath = ({ collection, id }: { collection: PreviewCollection; id: number | string }): string =>
  `/preview/${collection}/${encodeURIComponent(String(id))}`
