import type { NextRequest } from 'next/server'

import type { DownloadFormat } from './responses'

import { parseAsOf } from '@/lib/figureRevisions/asOf'
import { getCountryDataset, getIndicatorDataset } from '@/lib/queries/downloads'

import { datasetToResponse } from './responses'

type SlugContext = { params: Promise<{ slug: string }> }

const notFound = (message: string) => new Response(message, { status: 404 })

/** GET handler of an indicator page's download; `?asOf=` pins the figures to a day as on the page. */
export const indicatorDownloadHandler =
  (format: DownloadFormat) =>
  async (request: NextRequest, { params }: SlugContext): Promise<Response> => {
    const dataset = await getIndicatorDataset({
      asOf: parseAsOf(request.nextUrl.searchParams.get('asOf') ?? undefined),
      origin: request.nextUrl.origin,
      slug: (await params).slug,
    })
    return dataset
      ? datasetToResponse(dataset, format)
      : notFound('No published indicator has this address. The list of indicators is at /indicators.')
  }

/** GET handler of a country profile's download: the country as reporter or partner, exact values. */
export const countryDownloadHandler =
  (format: DownloadFormat) =>
  async (request: NextRequest, { params }: SlugContext): Promise<Response> => {
    const dataset = await getCountryDataset({ origin: request.nextUrl.origin, slug: (await params).slug })
    return dataset
      ? datasetToResponse(dataset, format)
      : notFound('No published country has this address. The list of countries is at /countries.')
  }
