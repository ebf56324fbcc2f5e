import type { NextRequest } from 'next/server'

import { asOfToQuery } from '@/lib/figureRevisions/asOf'
import { comparisonToDownloadRows, comparisonToDownloadRowsWithRevisions, getComparison } from '@/lib/queries/compare'
import { compareSelectionToPath } from '@/lib/series/compareQuery'

import {
  downloadFileName,
  downloadRequestToAsOf,
  downloadRequestToSelection,
  downloadRequestWantsRevisions,
} from '../downloadRequest'

export const dynamic = 'force-dynamic'

/**
 * The figures of a comparison as JSON, with the countries and indicators they were chosen from;
 * `&revisions=1` adds each figure's revision log, `&asOf=` pins the figures to a day as on the page.
 */
export const GET = async (request: NextRequest) => {
  const selection = downloadRequestToSelection(request)
  const asOf = downloadRequestToAsOf(request)
  const comparison = await getComparison(selection, asOf)
  const origin = request.nextUrl.origin
  const pin = asOfToQuery(comparison.asOf)
  const permalink = `${origin}${compareSelectionToPath(selection)}`
  const body = {
    asOf: comparison.asOf.kind === 'pinned' ? comparison.asOf.date : null,
    countries: comparison.countries.map(({ kind, name, slug }) => ({ kind, name, slug })),
    figures: downloadRequestWantsRevisions(request)
      ? await comparisonToDownloadRowsWithRevisions(comparison, origin)
      : comparisonToDownloadRows(comparison, origin),
    indicators: comparison.indicators.map(({ decimals, kind, name, scale, slug, unit }) => ({
      decimals,
      kind,
      name,
      scale,
      slug,
      unit,
    })),
    notices: [...comparison.notices, ...(asOf.kind === 'refused' ? [asOf.message] : [])],
    permalink: pin ? `${permalink}${permalink.includes('?') ? '&' : '?'}${pin}` : permalink,
  }
  return Response.json(body, {
    headers: { 'Content-Disposition': `attachment; filename="${downloadFileName(selection, 'json', asOf)}"` },
  })
}
