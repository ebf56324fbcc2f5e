import { indicatorDownloadHandler } from '@/lib/downloads/routeHandlers'

export const dynamic = 'force-dynamic'

/** The figures of an indicator page as JSON. */
export const GET = indicatorDownloadHandler('json')
