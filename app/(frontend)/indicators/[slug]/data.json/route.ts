import type { NextRequest } from 'next/server'

import { datasetToResponse } from '@/lib/downloads/responses'
import { parseAsOf } from '@/lib/figureRevisions/asOf'
import { getIndicatorDataset } from '@/lib/queries/downloads'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ slug: string }> }

/** The figures of an indicator page as JSON; `?asOf=` pins them to a day as on the page. */
export const GET = async (request: NextRequest, { params }: Context) => {
  const dataset = await getIndicatorDataset({
    asOf: parseAsOf(request.nextUrl.searchParams.get('asOf') ?? undefined),
    origin: request.nextUrl.origin,
    slug: (await params).slug,
  })
  if (!dataset) {
    return new Response('No published indicator has this address. The list of indicators is at /indicators.', {
      status: 404,
    })
  }
  return datasetToResponse(dataset, 'json')
}
