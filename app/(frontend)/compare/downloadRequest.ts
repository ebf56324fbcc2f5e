import type { NextRequest } from 'next/server'

import type { CompareSelection } from '@/lib/series/compareQuery'

import { parseCompareSelection } from '@/lib/series/compareQuery'

/** The selection a download link carries: the same parameters as the page it was shown on. */
export const downloadRequestToSelection = (request: NextRequest): CompareSelection =>
  parseCompareSelection(request.nextUrl.searchParams)

export const downloadFileName = ({ countries }: CompareSelection, extension: string): string =>
  `crossroads-compare-${countries.slice(0, 4).join('-') || 'empty'}.${extension}`
