import type { NextRequest } from 'next/server'

import { comparisonToDownloadRows, getComparison } from '@/lib/queries/compare'
import { downloadRowsToCsv } from '@/lib/series/download'

import { downloadFileName, downloadRequestToSelection } from '../downloadRequest'

export const dynamic = 'force-dynamic'

/** The figures of a comparison as CSV: one row per figure shown, exact values, source links. */
export const GET = async (request: NextRequest) => {
  const selection = downloadRequestToSelection(request)
  const comparison = await getComparison(selection)
  const csv = downloadRowsToCsv(comparisonToDownloadRows(comparison, request.nextUrl.origin))
  return new Response(`\uFEFF${csv}\r\n`, {
    headers: {
      'Content-Disposition': `attachment; filename="${downloadFileName(selection, 'csv')}"`,
      'Content-Type': 'text/csv; charset=utf-8',
    },
  })
}
