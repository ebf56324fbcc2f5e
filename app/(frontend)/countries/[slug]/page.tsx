import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'
import React from 'react'

import type { Organization } from '@/payload-types'

import { FollowCountryButton } from '@/components/site/account/FollowCountryButton'
import { ArticleCard } from '@/components/site/ArticleCard'
import { EventList } from '@/components/site/EventList'
import { Flag } from '@/components/site/Flag'
import { ObservationsTable } from '@/components/site/ObservationsTable'
import { COUNTRY_REGIONS } from '@/collections/Countries'
import { getArticlesAboutCountry } from '@/lib/queries/articles'
import { resolveRichTextReferences } from '@/lib/queries/richText'
import { getCountryBySlug, getEventsForCountry, getObservationsForCountry } from '@/lib/queries/countries'
import { RichText } from '@/lib/richText/RichText'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const country = await getCountryBySlug((await params).slug)
  return country
    ? { description: `Analysis, figures and events on ${country.name}.`, title: country.name }
    : { title: 'Country not found' }
}

const regionLabel = (value: string) => COUNTRY_REGIONS.find((region) => region.value === value)?.label ?? value

const CountryPage = async ({ params }: Props) => {
  const country = await getCountryBySlug((await params).slug)
  if (!country) {
    notFound()
  }
  const [observations, events, articles, resolved] = await Promise.all([
    getObservationsForCountry(country.id),
    getEventsForCountry(country.id),
    getArticlesAboutCountry(country.id),
    resolveRichTextReferences(country.summary),
  ])
  const memberships = (country.memberships ?? []).filter(
    (membership) => typeof membership.organization === 'object' && membership.organization,
  )

  return (
    <>
      <header className="country-header">
        <Flag country={country} />
        <div>
          <p className="eyebrow">{regionLabel(country.region)}</p>
          <h1>{country.name}</h1>
          <FollowCountryButton countryId={country.id} countryName={country.name} />
        </div>
      </header>
      <div className="country-layout">
        <div>
          {country.summary ? (
            <div className="prose" style={{ margin: 0 }}>
              <RichText doc={country.summary} resolved={resolved} />
            </div>
          ) : (
            <p className="muted">No overview of {country.name} has been published yet.</p>
          )}
        </div>
        <aside className="facts-box" aria-labelledby="facts-title">
          <h2 id="facts-title">Facts</h2>
          <dl>
            {country.capital ? (
              <>
                <dt>Capital</dt>
                <dd>{country.capital}</dd>
              </>
            ) : null}
            <dt>Region</dt>
            <dd>{regionLabel(country.region)}</dd>
            <dt>Codes</dt>
            <dd>{[country.iso2, country.iso3].filter(Boolean).join(' / ')}</dd>
            {country.leaders?.length ? (
              <>
                <dt>Leaders</dt>
                <dd>
                  <ul>
                    {country.leaders.map((leader) => (
                      <li key={leader.id ?? leader.name}>
                        {leader.name} <span className="muted">({leader.role})</span>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {memberships.length ? (
              <>
                <dt>Member of</dt>
                <dd>
                  <ul className="tag-list">
                    {memberships.map((membership) => {
                      const organization = membership.organization as Organization
                      return (
                        <li key={membership.id ?? organization.id}>
                          <span title={`${organization.name} (${membership.status})`}>
                            {organization.acronym}
                            {membership.status !== 'member' ? ` · ${membership.status}` : ''}
                          </span>
                        </li>
                      )
                    })}
                  </ul>
                </dd>
              </>
            ) : null}
          </dl>
          {events.length ? (
            <>
              <h2 style={{ marginTop: '1.5rem' }}>Recent events</h2>
              <EventList events={events} />
            </>
          ) : null}
        </aside>
      </div>
      <section aria-labelledby="figures-title">
        <h2 id="figures-title">Figures</h2>
        {observations.length ? (
          <ObservationsTable
            caption={`Published observations where ${country.name} is the country or the partner, newest period first.`}
            observations={observations}
          />
        ) : (
          <p className="empty-state">No figures have been published for {country.name} yet.</p>
        )}
      </section>
      <section aria-labelledby="analysis-title">
        <h2 id="analysis-title">Analysis on {country.name}</h2>
        {articles.length ? (
          <ul className="article-list">
            {articles.map((article) => (
              <ArticleCard article={article} key={article.id} />
            ))}
          </ul>
        ) : (
          <p className="empty-state">No published analysis mentions {country.name} yet.</p>
        )}
      </section>
      <p style={{ marginTop: '2rem' }}>
        <Link href="/countries">← All countries</Link>
      </p>
    </>
  )
}

export default CountryPage
