import type { NextRequest } from 'next/server'

import { datasetToResponse } from '@/lib/downloads/responses'
import { getComparisonDataset } from '@/lib/queries/downloads'

import { downloadFileBase, downloadRequestToAsOf, downloadRequestToSelection } from '../downloadRequest'

export const dynamic = 'force-dynamic'

/**
 * The figures of a comparison as a ZIP: the CSV download's rows, metadata.json (indicators, sources,
 * last revision) and a README with the licence and citation; `&asOf=` as on the page.
 */
export const GET = async (request: NextRequest) => {
  const selection = downloadRequestToSelection(request)
  const asOf = downloadRequestToAsOf(request)
  const dataset = await getComparisonDataset({
    asOf,
    fileBase: downloadFileBase(selection, asOf),
    origin: request.nextUrl.origin,
    selection,
  })
  return datasetToResponse(dataset, 'zip')
}
