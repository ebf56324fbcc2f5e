import { cache } from 'react'

import type { Country, Observation } from '@/payload-types'

import { observationsToHeadlineFigures } from '@/lib/headlineFigures'
import { getPayloadClient } from '@/lib/payload'
import { asReader } from '@/lib/queries/reader'

/** Enough recent figures to find three distinct indicators for a country without reading its whole history. */
const CANDIDATES_PER_COUNTRY = 40

export type CountryHeadlines = { country: Country; figures: Observation[] }

/** For each country, up to three published figures that involve it (see observationsToHeadlineFigures). */
export const getHeadlineFigures = cache(async (countries: Country[]): Promise<CountryHeadlines[]> => {
  const payload = await getPayloadClient()
  return Promise.all(
    countries.map(async (country) => {
      const { docs } = await payload.find({
        ...asReader,
        collection: 'observations',
        depth: 1,
        limit: CANDIDATES_PER_COUNTRY,
        sort: '-period.end',
        where: { or: [{ country: { equals: country.id } }, { partner: { equals: country.id } }] },
      })
      return { country, figures: observationsToHeadlineFigures({ countryId: country.id, observations: docs }) }
    }),
  )
})
