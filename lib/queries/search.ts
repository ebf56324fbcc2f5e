import type { Where } from 'payload'

import { cache } from 'react'

import type { Article, Author, Country, Indicator, Place } from '@/payload-types'

import { relationId } from '@/lib/observations/data'
import { getPayloadClient } from '@/lib/payload'
import { asReader } from '@/lib/queries/reader'
import { matchedAliasOf, termToSearchFieldPattern } from '@/lib/search/names'

/** Why an article was found when its title and summary do not contain the query. */
export type ArticleReason =
  | { alias?: string; country: string; kind: 'about' }
  | { alias?: string; author: string; kind: 'by' }
  | { alias?: string; kind: 'mentions'; place: string }

export type SearchResults = {
  /** Article ID → why it was found, for articles found only through a country, place or author. */
  articleReasons: Record<string, ArticleReason>
  articles: Article[]
  authors: Author[]
  countries: Country[]
  indicators: Indicator[]
  /** `collection/ID` → the alias, as written, that matched a country, place or author. */
  matchedAliases: Record<string, string>
  /** Names of the countries, places and authors found, to mark where the articles show them. */
  namesToHighlight: string[]
  places: Place[]
}

const RESULTS_PER_KIND = 20

const EMPTY: SearchResults = {
  articleReasons: {},
  articles: [],
  authors: [],
  countries: [],
  indicators: [],
  matchedAliases: {},
  namesToHighlight: [],
  places: [],
}

/** Every term must appear in at least one of the fields (case-insensitive substring). */
const allTermsInAnyField = (terms: string[], fields: string[]): Where => ({
  and: terms.map((term) => ({ or: fields.map((field) => ({ [field]: { contains: term } })) })),
})

/**
 * Every term must appear in one of the fields as typed, or start a word of the name or an alias in
 * any script (the hidden `searchNames` field, folded by lib/search/names.ts).
 */
const allTermsInFieldsOrNames = (terms: string[], fields: string[]): Where => ({
  and: terms.map((term) => {
    const pattern = termToSearchFieldPattern(term)
    return {
      or: [
        ...fields.map((field) => ({ [field]: { contains: term } })),
        ...(pattern ? [{ searchNames: { contains: pattern } }] : []),
      ],
    }
  }),
})

/** `text` in lower case; the terms are (lib/search/highlight.ts `queryToTerms`). */
const isAnyTermMissing = (text: string, terms: string[]) => terms.some((term) => !text.includes(term))

const idsOf = (docs: { id: number | string }[]) => docs.map((doc) => doc.id)

const relationIdsOf = (values: null | unknown[] | undefined) => (values ?? []).map(relationId)

/** Every spelling of a place an English text may use: its name and aliases in Latin letters. */
const placeNamesInLatin = (place: Place): string[] =>
  [place.name, ...(place.aliases ?? []).map((alias) => alias.name)].filter((name) =>
    /^[\p{Script=Latin}\d\s'’ʻ.-]+$/u.test(name),
  )

/**
 * Published articles, countries, places, authors and indicators for a query. A country, place or
 * author is found by its name or any alias in any script; the articles about that country, by that
 * author or naming that place in the title or summary are found with it, and say why.
 */
export const searchSite = cache(async (terms: string[]): Promise<SearchResults> => {
  if (terms.length === 0) {
    return EMPTY
  }
  const payload = await getPayloadClient()
  const [countries, places, authors, indicators] = await Promise.all([
    payload.find({
      ...asReader,
      collection: 'countries',
      depth: 1,
      limit: RESULTS_PER_KIND,
      sort: 'name',
      where: allTermsInFieldsOrNames(terms, ['name', 'capital', 'iso3']),
    }),
    payload.find({
      ...asReader,
      collection: 'places',
      depth: 1,
      limit: RESULTS_PER_KIND,
      sort: 'name',
      where: allTermsInFieldsOrNames(terms, ['name']),
    }),
    payload.find({
      ...asReader,
      collection: 'authors',
      depth: 0,
      limit: RESULTS_PER_KIND,
      sort: 'name',
      where: allTermsInFieldsOrNames(terms, ['name']),
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

  const placeNames = places.docs.flatMap(placeNamesInLatin)
  const articleConditions: Where[] = [
    allTermsInAnyField(terms, ['title', 'dek']),
    ...(countries.docs.length ? [{ countries: { in: idsOf(countries.docs) } } satisfies Where] : []),
    ...(authors.docs.length ? [{ authors: { in: idsOf(authors.docs) } } satisfies Where] : []),
    ...placeNames.flatMap((name): Where[] => [{ title: { contains: name } }, { dek: { contains: name } }]),
  ]
  const articles = await payload.find({
    ...asReader,
    collection: 'articles',
    depth: 1,
    limit: RESULTS_PER_KIND,
    sort: '-publishedAt',
    where: { or: articleConditions },
  })

  const matchedAliases: Record<string, string> = {}
  const aliasOf = (
    collection: string,
    doc: { aliases?: null | { name: string }[]; id: number | string; name: string },
  ) => {
    const alias = matchedAliasOf(doc, terms)
    if (alias) {
      matchedAliases[`${collection}/${doc.id}`] = alias
    }
    return alias
  }
  const countryAliases = new Map(countries.docs.map((country) => [country.id, aliasOf('countries', country)]))
  const authorAliases = new Map(authors.docs.map((author) => [author.id, aliasOf('authors', author)]))
  const placeAliases = new Map(places.docs.map((place) => [place.id, aliasOf('places', place)]))

  const articleReasons: Record<string, ArticleReason> = {}
  for (const article of articles.docs) {
    const text = `${article.title} ${article.dek}`.toLowerCase()
    if (!isAnyTermMissing(text, terms)) {
      continue
    }
    const place = places.docs.find((candidate) =>
      placeNamesInLatin(candidate).some((name) => text.includes(name.toLowerCase())),
    )
    const countryIds = new Set(relationIdsOf(article.countries))
    const country = countries.docs.find((candidate) => countryIds.has(candidate.id))
    const authorIds = new Set(relationIdsOf(article.authors))
    const author = authors.docs.find((candidate) => authorIds.has(candidate.id))
    if (place) {
      articleReasons[article.id] = { alias: placeAliases.get(place.id), kind: 'mentions', place: place.name }
    } else if (country) {
      articleReasons[article.id] = { alias: countryAliases.get(country.id), country: country.name, kind: 'about' }
    } else if (author) {
      articleReasons[article.id] = { alias: authorAliases.get(author.id), author: author.name, kind: 'by' }
    }
  }

  return {
    articleReasons,
    articles: articles.docs,
    authors: authors.docs,
    countries: countries.docs,
    indicators: indicators.docs,
    matchedAliases,
    namesToHighlight: [...new Set([...placeNames, ...countries.docs.map((country) => country.name)])],
    places: places.docs,
  }
})
