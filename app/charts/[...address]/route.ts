import type { NextRequest } from 'next/server'

import { renderChartImage } from '@/components/site/charts/renderChartImage'
import { fileNameToChartImage, segmentsToChartRequest } from '@/lib/charts/chartAddress'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ address: string[] }> }

const notFound = () =>
  new Response('There is no such chart. Open the chart’s page and use its download links.', {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    status: 404,
  })

/**
 * A chart of the public site as an image: `/charts/<page>/<chart id>.svg` or `.png`, rebuilt from
 * published data by the page's own code (components/site/charts/chartSources.tsx), never from
 * markup a client sends.
 */
export const GET = async (request: NextRequest, { params }: Context) => {
  const segments = (await params).address
  const file = fileNameToChartImage(decodeURIComponent(segments.at(-1) ?? ''))
  const chartRequest = file ? segmentsToChartRequest([...segments.slice(0, -1), file.chartId]) : null
  if (!file || !chartRequest) {
    return notFound()
  }
  const image = await renderChartImage(chartRequest, request.nextUrl.searchParams, file.format)
  if (!image) {
    return notFound()
  }
  return new Response(new Uint8Array(image.body), {
    headers: {
      'Cache-Control': 'public, max-age=300',
      'Content-Disposition': `attachment; filename="${image.fileName}"`,
      'Content-Type': file.format === 'png' ? 'image/png' : 'image/svg+xml; charset=utf-8',
    },
  })
}
