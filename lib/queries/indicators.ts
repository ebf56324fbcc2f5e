import { cache } from 'react'

import type { Indicator, Observation } from '@/payload-types'

import { getPayloadClient } from '@/lib/payload'
import { asReader } from '@/lib/queries/reader'

export const getIndicatorBySlug = cache(async (slug: string): Promise<Indicator | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'indicators',
    depth: 0,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
})

/** Published observations of one indicator, newest period first. */
export const getObservationsForIndicator = cache(async (indicatorId: number | string): Promise<Observation[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'observations',
    depth: 1,
    pagination: false,
    sort: '-period.end',
    where: { indicator: { equals: indicatorId } },
  })
  return docs
})
