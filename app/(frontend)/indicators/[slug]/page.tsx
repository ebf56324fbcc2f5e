import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React from 'react'

import { ObservationsTable } from '@/components/site/ObservationsTable'
import { INDICATOR_CATEGORIES } from '@/collections/Indicators'
import { getIndicatorBySlug, getObservationsForIndicator } from '@/lib/queries/indicators'
import { resolveRichTextReferences } from '@/lib/queries/richText'
import { RichText } from '@/lib/richText/RichText'

export const dynamic = 'force-static'
export const revalidate = 3600

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const indicator = await getIndicatorBySlug((await params).slug)
  return indicator ? { description: indicator.description, title: indicator.name } : { title: 'Indicator not found' }
}

const IndicatorPage = async ({ params }: Props) => {
  const indicator = await getIndicatorBySlug((await params).slug)
  if (!indicator) {
    notFound()
  }
  const [observations, resolved] = await Promise.all([
    getObservationsForIndicator(indicator.id),
    resolveRichTextReferences(indicator.methodology),
  ])
  const category = INDICATOR_CATEGORIES.find((option) => option.value === indicator.category)?.label
  const units = [indicator.unit, ...(indicator.otherUnits ?? [])].join(' or ')
  return (
    <>
      <header className="article-header" style={{ margin: '0 0 1.5rem', maxWidth: 'none' }}>
        <p className="eyebrow">
          {category} · {indicator.kind === 'bilateral' ? 'Bilateral (country × partner)' : 'Country'} indicator
        </p>
        <h1>{indicator.name}</h1>
        <p className="dek">{indicator.description}</p>
        <p className="byline">Unit: {units}</p>
      </header>
      {indicator.methodology ? (
        <section aria-labelledby="method-title" className="prose" style={{ margin: '0 0 2rem' }}>
          <h2 id="method-title">Methodology</h2>
          <RichText doc={indicator.methodology} resolved={resolved} />
        </section>
      ) : null}
      <section aria-labelledby="figures-title">
        <h2 id="figures-title">Figures</h2>
        {observations.length ? (
          <ObservationsTable
            caption={`Published observations of ${indicator.name.toLowerCase()}, newest period first.`}
            observations={observations}
            showIndicator={false}
          />
        ) : (
          <p className="empty-state">No figures have been published for this indicator yet.</p>
        )}
      </section>
    </>
  )
}

export default IndicatorPage
