import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React from 'react'

import { IndicatorPageView } from '@/components/site/views/IndicatorPageView'
import { parseAsOf } from '@/lib/figureRevisions/asOf'
import { getIndicatorBySlug, getIndicatorPage } from '@/lib/queries/indicators'

import '@/components/site/views/views.css'

export const dynamic = 'force-static'
export const revalidate = 3600

/** `/indicators/<slug>?asOf=<day>` arrives here as `date` (a rewrite in next.config.js keeps each day's page cacheable). */
type Props = { params: Promise<{ date?: string; slug: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const indicator = await getIndicatorBySlug((await params).slug)
  return indicator ? { description: indicator.description, title: indicator.name } : { title: 'Indicator not found' }
}

const IndicatorPage = async ({ params }: Props) => {
  const { date, slug } = await params
  const asOf = parseAsOf(date === undefined ? undefined : decodeURIComponent(date))
  const data = await getIndicatorPage(slug, asOf.kind === 'pinned' ? asOf.end : null)
  if (!data) {
    notFound()
  }
  return <IndicatorPageView asOf={asOf} data={data} date={date} />
}

export default IndicatorPage
