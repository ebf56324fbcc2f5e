import type { Where } from 'payload'

import { cache } from 'react'

import type { Article, Country, Indicator } from '@/payload-types'

import { getPayloadClient } from '@/lib/payload'
import { asReader } from '@/lib/queries/reader'

export type SearchResults = {
  articles: Article[]
  countries: Country[]
  indicators: Indicator[]
}

const RESULTS_PER_KIND = 20

/** Every term must appear in at least one of the fields (case-insensitive substring). */
const allTermsInAnyField = (terms: string[], fields: string[]): Where => ({
  and: terms.map((term) => ({ or: fields.map((field) => ({ [field]: { contains: term } })) })),
})

/** Published articles, countries and indicators whose text contains every term of the query. */
export const searchSite = cache(async (terms: string[]): Promise<SearchResults> => {
  if (terms.length === 0) {
    return { articles: [], countries: [], indicators: [] }
  }
  const payload = await getPayloadClient()
  const [articles, countries, indicators] = await Promise.all([
    payload.find({
      ...asReader,
      collection: 'articles',
      depth: 1,
      limit: RESULTS_PER_KIND,
      sort: '-publishedAt',
      where: allTermsInAnyField(terms, ['title', 'dek']),
    }),
    payload.find({
      ...asReader,
      collection: 'countries',
      depth: 1,
      limit: RESULTS_PER_KIND,
      sort: 'name',
      where: allTermsInAnyField(terms, ['name', 'capital', 'iso3']),
    }),
    payload.find({
      ...asReader,
      collection: 'indicators',
      depth: 0,
      limit: RESULTS_PER_KIND,
      sort: 'name',
      where: allTermsInAnyField(terms, ['name', 'description']),
    }),
  ])
  return { articles: articles.docs, countries: countries.docs, indicators: indicators.docs }
})
