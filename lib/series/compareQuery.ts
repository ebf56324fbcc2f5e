/**
 * The comparison's address, one grammar for everything that writes or reads it: the page and its
 * picker, the CSV and JSON downloads, saved comparisons and `/my`, links from other pages.
 *
 *     /compare?countries=<slug>,<slug>…&indicators=<slug>,…[&periods=<indicator slug>]
 *
 * - Lists are comma-separated slugs (`SLUG_PATTERN`: lower-case letters and digits joined by single
 *   hyphens). Items are trimmed and lower-cased; anything that cannot be a slug is dropped.
 * - Order is the reader's: first occurrence kept, duplicates dropped. Countries and indicators are
 *   shown in that order, so it is part of the address and never sorted.
 * - A plain HTML form submits the repeated form (`countries=a&countries=b`); it reads the same, and
 *   the comma form is canonical: `countries` first, then `indicators`, each left out when empty.
 * - A comparison shows 2–8 countries and 1–10 indicators. Producers never write more; an address
 *   that names more still opens, and the page shows the first that exist and says what it left out.
 */
import { SLUG_PATTERN } from '@/lib/slugify'

export const MIN_COUNTRIES = 2
export const MAX_COUNTRIES = 8
export const MAX_INDICATORS = 10

export type CompareSelection = { countries: string[]; indicators: string[] }

type SearchParamValue = null | string | string[] | undefined

/** Next's `searchParams` object, or the `URLSearchParams` of a request or a pasted link. */
export type CompareParams = Record<string, SearchParamValue> | URLSearchParams

const valueOf = (params: CompareParams, name: string): SearchParamValue =>
  params instanceof URLSearchParams ? params.getAll(name) : params[name]

/** One list of the address, in either form: comma-separated, repeated, or both. */
export const parseSlugList = (value: SearchParamValue): string[] => {
  const parts = (Array.isArray(value) ? value : value ? [value] : []).flatMap((item) => item.split(','))
  return [...new Set(parts.map((part) => part.trim().toLowerCase()).filter((part) => SLUG_PATTERN.test(part)))]
}

export const parseCompareSelection = (params: CompareParams): CompareSelection => ({
  countries: parseSlugList(valueOf(params, 'countries')),
  indicators: parseSlugList(valueOf(params, 'indicators')),
})

/** True when the address is not in the repeated form a plain form submits (the page redirects it). */
export const isCanonicalCompareQuery = (params: Record<string, SearchParamValue>): boolean =>
  !Array.isArray(params.countries) && !Array.isArray(params.indicators)

/** The canonical query of a selection, `?countries=a,b&indicators=x`, or '' when it is empty. */
export const compareSelectionToQuery = ({ countries, indicators }: CompareSelection): string => {
  const parts = [
    countries.length ? `countries=${countries.join(',')}` : '',
    indicators.length ? `indicators=${indicators.join(',')}` : '',
  ].filter(Boolean)
  return parts.length ? `?${parts.join('&')}` : ''
}

export const compareSelectionToPath = (selection: CompareSelection): string =>
  `/compare${compareSelectionToQuery(selection)}`

/**
 * The first countries and indicators a comparison shows. Every address this site writes (links
 * built from data, saved comparisons) is within the limits; a reader's own address is read whole.
 */
export const limitCompareSelection = ({ countries, indicators }: CompareSelection): CompareSelection => ({
  countries: countries.slice(0, MAX_COUNTRIES),
  indicators: indicators.slice(0, MAX_INDICATORS),
})

/** A link to the comparison of some countries on some indicators, as another page builds it. */
export const compareLink = (selection: CompareSelection): string =>
  compareSelectionToPath(limitCompareSelection(selection))

/**
 * The one indicator whose every period is tabulated (`&periods=<slug>`), when it is among the
 * chosen indicators; otherwise none, and the comparison shows its light default view.
 */
export const parseExpandedIndicator = (
  params: Record<string, SearchParamValue>,
  indicators: string[],
): null | string => {
  const [slug] = parseSlugList(params.periods)
  return slug && indicators.includes(slug) ? slug : null
}

/** The comparison with one indicator's table by period expanded. */
export const compareDetailQuery = (selection: CompareSelection, indicator: string): string =>
  `${compareSelectionToQuery(selection)}&periods=${indicator}`

/**
 * A `/compare` link (full URL, path or bare query) → the query a comparison is saved as, the
 * canonical one without its `?` (`countries=a,b&indicators=c`), within the limits; null when it is
 * not a comparison of at least one country. Only the countries and indicators survive, so a saved
 * item can never carry anything else into the page.
 */
export const comparisonLinkToQuery = (link: string): null | string => {
  const text = link.trim()
  let url: URL
  try {
    url = new URL(text.includes('?') || text.startsWith('/') || /^https?:/i.test(text) ? text : `?${text}`, 'http://x')
  } catch {
    return null
  }
  if (url.pathname !== '/' && url.pathname !== '/compare') {
    return null
  }
  const selection = limitCompareSelection(parseCompareSelection(url.searchParams))
  return selection.countries.length ? compareSelectionToQuery(selection).slice(1) : null
}

/** The address a saved comparison opens, in canonical form whatever form it was stored in. */
export const comparisonQueryToPath = (query: string): string =>
  compareSelectionToPath(parseCompareSelection(new URLSearchParams(query)))
