import { cache } from 'react'

import type { Author } from '@/payload-types'

import { getPayloadClient } from '@/lib/payload'
import { findPublishedBySlug } from '@/lib/queries/bySlug'
import { asReader } from '@/lib/queries/reader'

export type AuthorWithCount = { articleCount: number; author: Author }

/** Published authors by name, each with how many published articles carry their byline. */
export const getAuthorsWithArticleCounts = cache(async (): Promise<AuthorWithCount[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'authors',
    depth: 1,
    pagination: false,
    sort: 'name',
  })
  const counts = await Promise.all(
    docs.map((author) =>
      payload.count({ ...asReader, collection: 'articles', where: { authors: { in: [author.id] } } }),
    ),
  )
  return docs.map((author, index) => ({ articleCount: counts[index].totalDocs, author }))
})

export const getAuthors = cache(async (): Promise<Author[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'authors',
    depth: 0,
    pagination: false,
    select: { name: true, slug: true },
    sort: 'name',
  })
  return docs as Author[]
})

export const getAuthorBySlug = cache((slug: string): Promise<Author | null> =>
  findPublishedBySlug('authors', slug, {
    depth: 2,
    populate: { countries: { flag: true, iso2: true, name: true, slug: true } },
  }),
)
