import type { APIRequestContext } from '@playwright/test'

/** The ids of published documents by slug, read through the public REST API as a reader would. */
export const idsBySlug = async (
  request: APIRequestContext,
  collection: 'countries' | 'indicators',
  slugs: string[],
): Promise<number[]> => {
  const response = await request.get(`/api/${collection}?where[slug][in]=${slugs.join(',')}&depth=0`)
  return ((await response.json()).docs as { id: number }[]).map((doc) => doc.id)
}
