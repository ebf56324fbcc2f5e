import type { NextRequest } from 'next/server'

import type { AsOf } from '@/lib/figureRevisions/asOf'
import type { CompareSelection } from '@/lib/series/compareQuery'

import { parseAsOf } from '@/lib/figureRevisions/asOf'
import { parseCompareSelection } from '@/lib/series/compareQuery'

/** The selection a download link carries: the same parameters as the page it was shown on. */
export const downloadRequestToSelection = (request: NextRequest): CompareSelection =>
  parseCompareSelection(request.nextUrl.searchParams)

/** The day a download is pinned to (`&asOf=`), as on the page. */
export const downloadRequestToAsOf = (request: NextRequest): AsOf =>
  parseAsOf(request.nextUrl.searchParams.get('asOf') ?? undefined)

/** Whether the download includes each figure's revision log (`&revisions=1`). */
export const downloadRequestWantsRevisions = (request: NextRequest): boolean =>
  request.nextUrl.searchParams.get('revisions') === '1'

/** A download's file name without extension: the first countries, and the day when pinned. */
export const downloadFileBase = ({ countries }: CompareSelection, asOf?: AsOf): string =>
  `crossroads-compare-${countries.slice(0, 4).join('-') || 'empty'}${asOf?.kind === 'pinned' ? `-as-of-${asOf.date}` : ''}`

export const downloadFileName = (selection: CompareSelection, extension: string, asOf?: AsOf): string =>
  `${downloadFileBase(selection, asOf)}.${extension}`
