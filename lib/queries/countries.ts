import { cache } from 'react'

import type { Author, Country, Event, Observation } from '@/payload-types'

import { getPayloadClient } from '@/lib/payload'
import { getArticlesAboutCountry } from '@/lib/queries/articles'
import { FIGURE_POPULATE } from '@/lib/queries/figures'
import { findPublishedBySlug } from '@/lib/queries/bySlug'
import { asReader } from '@/lib/queries/reader'

export const getCountries = cache(async (): Promise<Country[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'countries',
    depth: 1,
    pagination: false,
    sort: 'name',
  })
  return docs
})

export const getCountryBySlug = cache((slug: string): Promise<Country | null> =>
  findPublishedBySlug('countries', slug, { depth: 2 }),
)

/** Observations where the country is the subject or the partner, newest period first. */
/**
 * The newest published observations where the country is the country or the partner, at most
 * `limit` of them (newest period first), with how many are published in all. The cap keeps the
 * profile's read and its cached HTML bounded however much data a country accumulates.
 */
export const getObservationsForCountry = cache(
  async (countryId: number | string, limit: number): Promise<{ docs: Observation[]; totalDocs: number }> => {
    const payload = await getPayloadClient()
    const { docs, totalDocs } = await payload.find({
      ...asReader,
      collection: 'observations',
      depth: 1,
      limit,
      populate: FIGURE_POPULATE,
      sort: '-period.end',
      where: { or: [{ country: { equals: countryId } }, { partner: { equals: countryId } }] },
    })
    return { docs, totalDocs }
  },
)

export const getEventsForCountry = cache(async (countryId: number | string, limit = 8): Promise<Event[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'events',
    depth: 0,
    limit,
    sort: '-date',
    where: { countries: { in: [countryId] } },
  })
  return docs
})

export const getRecentEvents = cache(async (limit = 6): Promise<Event[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'events',
    depth: 1,
    limit,
    sort: '-date',
    where: { date: { exists: true } },
  })
  return docs
})

export type CoveringAuthor = { articleCount: number; author: Author }

/**
 * Authors who cover a country: those who name it as a focus and those who wrote about it, most
 * articles first. Articles are the recent ones the profile lists.
 */
export const getAuthorsCoveringCountry = cache(async (countryId: number | string): Promise<CoveringAuthor[]> => {
  const payload = await getPayloadClient()
  const [articles, focused] = await Promise.all([
    getArticlesAboutCountry(countryId, 50),
    payload.find({
      ...asReader,
      collection: 'authors',
      depth: 0,
      pagination: false,
      where: { countriesOfFocus: { in: [countryId] } },
    }),
  ])
  const byId = new Map<string, CoveringAuthor>()
  for (const author of focused.docs) {
    byId.set(String(author.id), { articleCount: 0, author })
  }
  for (const article of articles) {
    for (const author of article.authors ?? []) {
      if (typeof author === 'object' && author) {
        const entry = byId.get(String(author.id)) ?? { articleCount: 0, author }
        entry.articleCount += 1
        byId.set(String(author.id), entry)
      }
    }
  }
  return [...byId.values()].sort(
    (a, b) => b.articleCount - a.articleCount || a.author.name.localeCompare(b.author.name),
  )
})
