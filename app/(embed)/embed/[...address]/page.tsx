import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React from 'react'

import { ChartFigure } from '@/components/site/charts/ChartFigure'
import { findChartSource } from '@/components/site/charts/chartSources'
import { findCompareTableEmbed } from '@/components/site/views/compareTableEmbed'
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

/** A comparison's newest-figures table, when the address names one (`/embed/compare/table-<indicator>?…`). */
const tableOf = async ({ params, searchParams }: Props) => {
  const request = segmentsToChartRequest((await params).address)
  return request?.page === 'compare' ? findCompareTableEmbed(request.chartId, toSearch(await searchParams)) : null
}

export const generateMetadata = async (props: Props): Promise<Metadata> => {
  const table = await tableOf(props)
  if (table) {
    return { title: table.title }
  }
  const found = await chartOf(props)
  return { title: found?.source?.title ?? 'Chart not found' }
}

const Credit = ({ pageHref, source }: { pageHref: string; source: string }) => (
  <p className="embed__credit">
    <span>{source}</span>
    <a href={pageHref} rel="noopener" target="_blank">
      Full page and data on {SITE_NAME}
    </a>
  </p>
)

/**
 * One chart, or one comparison table, alone for other sites to frame (`/embed/…` is the only
 * address that may be framed, lib/security/headers.mjs): the chart with its legend and figures, or
 * the table, then the source and a link to the full page.
 */
const EmbedPage = async (props: Props) => {
  const table = await tableOf(props)
  if (table) {
    return (
      <section aria-labelledby="embed-table-title" className="embed-table">
        <h2 className="chart-figure__title" id="embed-table-title">
          {table.title}
        </h2>
        {table.table}
        <Credit pageHref={table.pageHref} source={table.source} />
      </section>
    )
  }
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
      <Credit pageHref={source.pageHref} source={source.source} />
    </>
  )
}

export default EmbedPage
