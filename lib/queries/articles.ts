import { cache } from 'react'

import type { Article } from '@/payload-types'

import { getPayloadClient } from '@/lib/payload'
import { asReader } from '@/lib/queries/reader'

export const getLatestArticles = cache(async (limit = 10): Promise<Article[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'articles',
    depth: 1,
    limit,
    sort: '-publishedAt',
  })
  return docs
})

export const getArticleBySlug = cache(async (slug: string): Promise<Article | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'articles',
    depth: 2,
    limit: 1,
    populate: { authors: { affiliation: true, bio: true, name: true, slug: true } },
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
})

export const getArticlesAboutCountry = cache(async (countryId: number | string, limit = 6): Promise<Article[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'articles',
    depth: 1,
    limit,
    sort: '-publishedAt',
    where: { countries: { in: [countryId] } },
  })
  return docs
})
