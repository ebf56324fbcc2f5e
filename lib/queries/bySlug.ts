import type { DataFromCollectionSlug, PopulateType } from 'payload'

import { getPayloadClient } from '@/lib/payload'
import { asReader } from '@/lib/queries/reader'

/** The reader-site collections whose pages are addressed by slug. */
export type SluggedCollection = 'articles' | 'authors' | 'countries' | 'indicators'

/** The published document with this slug, read as a reader, or null when there is none. */
export const findPublishedBySlug = async <Slug extends SluggedCollection>(
  collection: Slug,
  slug: string,
  { depth, populate }: { depth: number; populate?: PopulateType },
): Promise<DataFromCollectionSlug<Slug> | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection,
    depth,
    limit: 1,
    populate,
    where: { slug: { equals: slug } },
  })
  return (docs[0] as DataFromCollectionSlug<Slug> | undefined) ?? null
}
