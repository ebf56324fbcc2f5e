import { countryDownloadHandler } from '@/lib/downloads/routeHandlers'

export const dynamic = 'force-dynamic'

/** The figures of a country profile as JSON. */
export const GET = countryDownloadHandler('json')
