const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_ITEMS = 12

const slugList = (value: null | string): null | string[] => {
  const items = (value ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean)
  if (items.length > MAX_ITEMS || !items.every((item) => SLUG.test(item))) {
    return null
  }
  return [...new Set(items)]
}

/**
 * A `/compare` link (full URL, path or bare query) → the canonical query a comparison is saved as,
 * `countries=a,b&indicators=c`, or `null` when it is not a comparison. Only the two known
 * parameters survive, so a saved item can never carry anything else into the page.
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
  const countries = slugList(url.searchParams.get('countries'))
  const indicators = slugList(url.searchParams.get('indicators'))
  if (!countries || countries.length === 0 || !indicators) {
    return null
  }
  return indicators.length > 0
    ? `countries=${countries.join(',')}&indicators=${indicators.join(',')}`
    : `countries=${countries.join(',')}`
}

export const comparisonQueryToPath = (query: string): string => `/compare?${query}`
