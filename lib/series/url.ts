/** The comparison's state in the address: `?countries=a,b&indicators=x,y` (comma-separated slugs). */

export const MAX_COUNTRIES = 8
export const MIN_COUNTRIES = 2
export const MAX_INDICATORS = 10

export type CompareSelection = { countries: string[]; indicators: string[] }

type SearchParamValue = string | string[] | undefined

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Reads both the canonical comma form and the repeated form a plain HTML form submits
 * (`countries=a&countries=b`), keeping first-seen order, dropping duplicates and anything that
 * cannot be a slug.
 */
export const parseSlugList = (value: SearchParamValue): string[] => {
  const parts = (Array.isArray(value) ? value : value ? [value] : []).flatMap((item) => item.split(','))
  return [...new Set(parts.map((part) => part.trim().toLowerCase()).filter((part) => SLUG.test(part)))]
}

export const parseCompareSelection = (params: Record<string, SearchParamValue>): CompareSelection => ({
  countries: parseSlugList(params.countries),
  indicators: parseSlugList(params.indicators),
})

/** True when the address is not already in the canonical comma form. */
export const isCanonicalCompareQuery = (params: Record<string, SearchParamValue>): boolean =>
  !Array.isArray(params.countries) && !Array.isArray(params.indicators)

export const compareSelectionToQuery = ({ countries, indicators }: CompareSelection): string => {
  const parts = [
    countries.length ? `countries=${countries.join(',')}` : '',
    indicators.length ? `indicators=${indicators.join(',')}` : '',
  ].filter(Boolean)
  return parts.length ? `?${parts.join('&')}` : ''
}

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
