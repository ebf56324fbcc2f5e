import Link from 'next/link'
import React from 'react'

import { ArticleCard } from '@/components/site/ArticleCard'
import { CountryChip } from '@/components/site/CountryChip'
import { EventList } from '@/components/site/EventList'
import { getLatestArticles } from '@/lib/queries/articles'
import { getCountries, getRecentEvents } from '@/lib/queries/countries'

export const dynamic = 'force-dynamic'

const FOCUS_REGIONS = [
  { label: 'Central Asia', value: 'central-asia' },
  { label: 'South Caucasus', value: 'south-caucasus' },
] as const

const HomePage = async () => {
  const [articles, countries, events] = await Promise.all([getLatestArticles(10), getCountries(), getRecentEvents(6)])
  return (
    <>
      <section className="hero">
        <p className="eyebrow">Central Asia · South Caucasus</p>
        <h1>Analysis and data on the region between the powers</h1>
        <p>
          Trade, investment, agreements and energy across Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, Turkmenistan,
          Azerbaijan, Armenia and Georgia — with every figure traced to its source.
        </p>
      </section>
      <div className="home-grid">
        <section aria-labelledby="analysis" id="analysis">
          <div className="section-title">
            <h2 id="analysis-title">Latest analysis</h2>
          </div>
          {articles.length ? (
            <ul className="article-list">
              {articles.map((article) => (
                <ArticleCard article={article} key={article.id} />
              ))}
            </ul>
          ) : (
            <p className="empty-state">No analysis has been published yet.</p>
          )}
        </section>
        <div>
          <section aria-labelledby="countries-title">
            <div className="section-title">
              <h2 id="countries-title">Countries</h2>
              <Link href="/countries">All</Link>
            </div>
            {FOCUS_REGIONS.map((region) => (
              <div className="region-block" key={region.value}>
                <h3>{region.label}</h3>
                <ul className="country-grid">
                  {countries
                    .filter((country) => country.region === region.value && country.kind === 'state')
                    .map((country) => (
                      <CountryChip country={country} key={country.id} />
                    ))}
                </ul>
              </div>
            ))}
          </section>
          <section aria-labelledby="events-title">
            <div className="section-title" style={{ marginTop: '2.5rem' }}>
              <h2 id="events-title">Recent events</h2>
            </div>
            <EventList events={events} />
          </section>
        </div>
      </div>
    </>
  )
}

export default HomePage
