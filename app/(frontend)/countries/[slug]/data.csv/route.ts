import type { NextRequest } from 'next/server'

import { datasetToResponse } from '@/lib/downloads/responses'
import { getCountryDataset } from '@/lib/queries/downloads'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ slug: string }> }

/** The figures of a country profile as CSV: the country as reporter or partner, exact values. */
export const GET = async (request: NextRequest, { params }: Context) => {
  const dataset = await getCountryDataset({ origin: request.nextUrl.origin, slug: (await params).slug })
  if (!dataset) {
    return new Response('No published country has this address. The list of countries is at /countries.', {
      status: 404,
    })
  }
  return datasetToResponse(dataset, 'csv')
}
