import { cache } from 'react'

import { getPayloadClient } from '@/lib/payload'
import { asReader } from '@/lib/queries/reader'

export type SitemapDoc = { slug: string; updatedAt: string }

type SitemapCollection = 'articles' | 'authors' | 'countries' | 'indicators'

/** Slug and last change of every published document of a collection, for the sitemap. */
export const getPublishedSlugs = cache(async (collection: SitemapCollection): Promise<SitemapDoc[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection,
    depth: 0,
    pagination: false,
    select: { slug: true, updatedAt: true },
    sort: 'slug',
  })
  return (docs as Array<{ slug?: null | string; updatedAt: string }>)
    .filter((doc): doc is SitemapDoc => typeof doc.slug === 'string' && doc.slug !== '')
    .map(({ slug, updatedAt }) => ({ slug, updatedAt }))
})
