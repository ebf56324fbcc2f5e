import type { NextRequest } from 'next/server'

import type { CompareSelection } from '@/lib/series/url'

import { parseCompareSelection } from '@/lib/series/url'

/** The selection a download link carries: the same parameters as the page it was shown on. */
export const downloadRequestToSelection = (request: NextRequest): CompareSelection => {
  const params = request.nextUrl.searchParams
  return parseCompareSelection({ countries: params.getAll('countries'), indicators: params.getAll('indicators') })
}

export const downloadFileName = ({ countries }: CompareSelection, extension: string): string =>
  `crossroads-compare-${countries.slice(0, 4).join('-') || 'empty'}.${extension}`
