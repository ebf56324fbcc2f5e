import type { NextRequest } from 'next/server'

import { pathWithAsOf } from '@/lib/figureRevisions/asOf'
import { comparisonToDownloadRows, comparisonToDownloadRowsWithRevisions, getComparison } from '@/lib/queries/compare'
import { compareSelectionToPath } from '@/lib/series/compareQuery'
import { absoluteUrl } from '@/lib/siteUrl'

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
    // The site's own address (SITE_URL), as in the citation and the ZIP, whatever host was asked.
    permalink: absoluteUrl(pathWithAsOf(compareSelectionToPath(selection), comparison.asOf)),
  }
  return Response.json(body, {
    headers: { 'Content-Disposition': `attachment; filename="${downloadFileName(selection, 'json', asOf)}"` },
  })
}
