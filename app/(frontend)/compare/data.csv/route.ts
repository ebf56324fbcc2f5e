import type { NextRequest } from 'next/server'

import { comparisonToDownloadRows, comparisonToDownloadRowsWithRevisions, getComparison } from '@/lib/queries/compare'
import { downloadRowsToCsv, downloadRowsWithRevisionsToCsv } from '@/lib/series/download'

import {
  downloadFileName,
  downloadRequestToAsOf,
  downloadRequestToSelection,
  downloadRequestWantsRevisions,
} from '../downloadRequest'

export const dynamic = 'force-dynamic'

/**
 * The figures of a comparison as CSV: one row per figure shown, exact values, source links; with
 * `&revisions=1` one row per entry of each figure's revision log; `&asOf=` as on the page.
 */
export const GET = async (request: NextRequest) => {
  const selection = downloadRequestToSelection(request)
  const asOf = downloadRequestToAsOf(request)
  const comparison = await getComparison(selection, asOf)
  const origin = request.nextUrl.origin
  const csv = downloadRequestWantsRevisions(request)
    ? downloadRowsWithRevisionsToCsv(await comparisonToDownloadRowsWithRevisions(comparison, origin))
    : downloadRowsToCsv(comparisonToDownloadRows(comparison, origin))
  return new Response(`\uFEFF${csv}\r\n`, {
    headers: {
      'Content-Disposition': `attachment; filename="${downloadFileName(selection, 'csv', asOf)}"`,
      'Content-Type': 'text/csv; charset=utf-8',
    },
  })
}
