import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React from 'react'

import { ChartFigure } from '@/components/site/charts/ChartFigure'
import { findChartSource } from '@/components/site/charts/chartSources'
import { MapLegend } from '@/components/site/views/MapLegend'
import { SITE_NAME } from '@/lib/charts/chartImage'
import { segmentsToChartRequest } from '@/lib/charts/chartAddress'

import '@/components/site/views/views.css'

type Props = {
  params: Promise<{ address: string[] }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const toSearch = (params: Record<string, string | string[] | undefined>): URLSearchParams => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    for (const item of [value ?? []].flat()) {
      search.append(key, item)
    }
  }
  return search
}

const chartOf = async ({ params, searchParams }: Props) => {
  const request = segmentsToChartRequest((await params).address)
  return request ? { request, source: await findChartSource(request, toSearch(await searchParams)) } : null
}

export const generateMetadata = async (props: Props): Promise<Metadata> => {
  const found = await chartOf(props)
  return { title: found?.source?.title ?? 'Chart not found' }
}

/**
 * One chart alone, for other sites to frame (`/embed/…` is the only address that may be framed,
 * lib/security/headers.mjs): the chart, its legend and figures, its source and a link to its page.
 */
const EmbedPage = async (props: Props) => {
  const found = await chartOf(props)
  if (!found?.source) {
    notFound()
  }
  const { request, source } = found
  const swatches = source.legend.filter((entry) => entry.shape !== 'line')
  return (
    <>
      <ChartFigure
        dataTable={source.dataTable}
        id={request.chartId}
        notes={swatches.length ? <MapLegend entries={swatches} /> : null}
        subtitle={source.subtitle}
        title={source.title}
        titleLevel="h2"
      >
        {source.chart}
      </ChartFigure>
      <p className="embed__credit">
        <span>{source.source}</span>
        <a href={source.pageHref} rel="noopener" target="_blank">
          Full page and data on {SITE_NAME}
        </a>
      </p>
    </>
  )
}

export default EmbedPage
