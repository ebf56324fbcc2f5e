import { cache } from 'react'

import type { Country, Event, Observation } from '@/payload-types'

import { getPayloadClient } from '@/lib/payload'
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

export const getCountryBySlug = cache(async (slug: string): Promise<Country | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'countries',
    depth: 2,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
})

/** Observations where the country is the subject or the partner, newest period first. */
export const getObservationsForCountry = cache(async (countryId: number | string): Promise<Observation[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'observations',
    depth: 1,
    pagination: false,
    sort: '-period.end',
    where: { or: [{ country: { equals: countryId } }, { partner: { equals: countryId } }] },
  })
  return docs
})

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
