import type { NextRequest } from 'next/server'

import { comparisonToDownloadRows, getComparison } from '@/lib/queries/compare'
import { compareSelectionToPath } from '@/lib/series/compareQuery'

import { downloadFileName, downloadRequestToSelection } from '../downloadRequest'

export const dynamic = 'force-dynamic'

/** The figures of a comparison as JSON, with the countries and indicators they were chosen from. */
export const GET = async (request: NextRequest) => {
  const selection = downloadRequestToSelection(request)
  const comparison = await getComparison(selection)
  const body = {
    countries: comparison.countries.map(({ kind, name, slug }) => ({ kind, name, slug })),
    figures: comparisonToDownloadRows(comparison, request.nextUrl.origin),
    indicators: comparison.indicators.map(({ decimals, kind, name, scale, slug, unit }) => ({
      decimals,
      kind,
      name,
      scale,
      slug,
      unit,
    })),
    notices: comparison.notices,
    permalink: `${request.nextUrl.origin}${compareSelectionToPath(selection)}`,
  }
  return Response.json(body, {
    headers: { 'Content-Disposition': `attachment; filename="${downloadFileName(selection, 'json')}"` },
  })
}
