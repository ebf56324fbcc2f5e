import IndicatorPage, { generateMetadata } from '@/app/(frontend)/indicators/[slug]/page'

/**
 * `/indicators/<slug>?asOf=<day>`, rewritten here by next.config.js: the indicator as published at
 * the end of that day, a page of its own so it is cached like the current one (a past day's
 * figures never change; every publication empties the cache all the same).
 */
export const dynamic = 'force-static'
export const revalidate = 3600

export { generateMetadata }
export default IndicatorPage
