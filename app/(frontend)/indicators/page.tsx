import type { Metadata } from 'next'

import Link from 'next/link'
import React from 'react'

import { INDICATOR_CATEGORIES } from '@/lib/indicators/options'
import { getIndicatorSummaries } from '@/lib/queries/indicators'

import '@/components/site/views/views.css'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  description:
    'Every indicator Crossroads publishes for Central Asia and the South Caucasus: definitions, units and coverage.',
  title: 'Indicators',
}

const IndicatorsPage = async () => {
  const summaries = await getIndicatorSummaries()
  const totalFigures = summaries.reduce((sum, summary) => sum + summary.figureCount, 0)
  return (
    <div className="data-view">
      <header className="index-header">
        <p className="eyebrow">Data</p>
        <h1>Indicators</h1>
        <p className="dek">
          {summaries.length} indicators, {totalFigures} published figures. Most are bilateral — a country and a partner,
          such as trade between Kazakhstan and Uzbekistan — and each figure links to the analysis or page it comes from.
        </p>
        <p>
          <Link className="button-link" href="/compare">
            Compare countries
          </Link>
        </p>
      </header>
      {INDICATOR_CATEGORIES.map((category) => {
        const inCategory = summaries.filter((summary) => summary.indicator.category === category.value)
        if (!inCategory.length) {
          return null
        }
        return (
          <section aria-labelledby={`category-${category.value}`} className="view-section" key={category.value}>
            <h2 id={`category-${category.value}`}>{category.label}</h2>
            <ul className="indicator-list">
              {inCategory.map(({ countryCount, figureCount, indicator, latestPeriod }) => (
                <li key={indicator.id}>
                  <div>
                    <h3>
                      <Link href={`/indicators/${indicator.slug}`}>{indicator.name}</Link>
                    </h3>
                    <p>{indicator.description}</p>
                  </div>
                  <dl className="indicator-list__meta">
                    <div>
                      <dt>Unit</dt>
                      <dd>{[indicator.unit, ...(indicator.otherUnits ?? [])].join(' or ')}</dd>
                    </div>
                    <div>
                      <dt>Kind</dt>
                      <dd>{indicator.kind === 'bilateral' ? 'Country × partner' : 'Country'}</dd>
                    </div>
                    <div>
                      <dt>Coverage</dt>
                      <dd>
                        {figureCount
                          ? `${figureCount} ${figureCount === 1 ? 'figure' : 'figures'}, ${countryCount} ${countryCount === 1 ? 'country' : 'countries'}`
                          : 'No figures yet'}
                      </dd>
                    </div>
                    <div>
                      <dt>Latest</dt>
                      <dd>{latestPeriod ?? (figureCount ? 'Undated' : '—')}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}

export default IndicatorsPage
