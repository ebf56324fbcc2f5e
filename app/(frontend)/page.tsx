import type { Metadata } from 'next'

import Link from 'next/link'
import React from 'react'

import { ArticleCard } from '@/components/site/ArticleCard'
import { EventList } from '@/components/site/EventList'
import { Flag } from '@/components/site/Flag'
import { HeadlineFigure } from '@/components/site/HeadlineFigure'
import { FOCUS_REGIONS } from '@/lib/countries/options'
import { pageMetadata, SITE_DESCRIPTION, SITE_NAME } from '@/lib/metadata'
import { getLatestArticles } from '@/lib/queries/articles'
import { getCountries, getRecentEvents } from '@/lib/queries/countries'
import { getHeadlineFigures } from '@/lib/queries/headlines'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  ...pageMetadata({ description: SITE_DESCRIPTION, path: '/', title: SITE_NAME }),
  title: { absolute: `${SITE_NAME} — Central Asia & South Caucasus analysis` },
}

const HomePage = async () => {
  const [articles, countries, events] = await Promise.all([getLatestArticles(10), getCountries(), getRecentEvents(6)])
  const focusCountries = countries.filter(
    (country) => country.kind === 'state' && FOCUS_REGIONS.some((region) => region.value === country.region),
  )
  const headlines = await getHeadlineFigures(focusCountries)
  const [lead, ...rest] = articles
  const secondary = rest.slice(0, 3)
  const more = rest.slice(3)

  return (
    <>
      <section aria-labelledby="home-title" className="hero">
        <p className="eyebrow">Central Asia · South Caucasus</p>
        <h1 id="home-title">Analysis and data on the region between the powers</h1>
        <p className="hero__lede">
          Trade, investment, agreements and energy across eight countries — with every figure traced to its source.
        </p>
      </section>

      <section aria-labelledby="analysis-title" className="home-section" id="analysis">
        <div className="section-title">
          <h2 id="analysis-title">Latest analysis</h2>
          <Link href="/articles">All analysis</Link>
        </div>
        <div className="home-lead">
          {lead ? (
            <ul className="article-list home-lead__main">
              <ArticleCard article={lead} variant="lead" />
            </ul>
          ) : (
            <p className="empty-state">No analysis has been published yet.</p>
          )}
          {secondary.length ? (
            <ul className="article-list home-lead__side">
              {secondary.map((article) => (
                <ArticleCard article={article} key={article.id} />
              ))}
            </ul>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="glance-title" className="home-section">
        <div className="section-title">
          <h2 id="glance-title">The region at a glance</h2>
          <Link href="/countries">All country profiles</Link>
        </div>
        <p className="section-note">
          The latest published figures that involve each country, most of them bilateral. Each names its period and
          links to its source.
        </p>
        {FOCUS_REGIONS.map((region) => {
          const inRegion = headlines.filter(({ country }) => country.region === region.value)
          if (!inRegion.length) {
            return null
          }
          return (
            <div className="region-block" key={region.value}>
              <h3 className="region-block__title">{region.label}</h3>
              <ul className="glance-grid">
                {inRegion.map(({ country, figures }) => (
                  <li className="glance-card" key={country.id}>
                    <Link className="glance-card__head" href={`/countries/${country.slug}`}>
                      <Flag country={country} />
                      <span>
                        <strong>{country.name}</strong>
                        {country.capital ? <span>{country.capital}</span> : null}
                      </span>
                    </Link>
                    {figures.length ? (
                      <dl className="glance-card__figures">
                        {figures.map((figure) => (
                          <HeadlineFigure key={figure.id} observation={figure} />
                        ))}
                      </dl>
                    ) : (
                      <p className="glance-card__empty">
                        No figures published for {country.name} yet.{' '}
                        <Link href={`/countries/${country.slug}`}>Read the profile</Link>
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )
        })}
      </section>

      <div className="home-columns">
        <section aria-labelledby="more-title">
          <div className="section-title">
            <h2 id="more-title">More analysis</h2>
            <Link href="/articles">Browse the archive</Link>
          </div>
          {more.length ? (
            <ul className="article-list">
              {more.map((article) => (
                <ArticleCard article={article} key={article.id} />
              ))}
            </ul>
          ) : (
            <p className="section-note">
              Everything published is above. <Link href="/articles">Browse by country, topic or author</Link>.
            </p>
          )}
        </section>
        <section aria-labelledby="events-title">
          <div className="section-title">
            <h2 id="events-title">Recent events</h2>
          </div>
          {events.length ? <EventList events={events} /> : <p className="section-note">No events recorded yet.</p>}
        </section>
      </div>
    </>
  )
}

export default HomePage
