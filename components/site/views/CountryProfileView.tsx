import Link from 'next/link'
import React from 'react'

import type { Organization } from '@/payload-types'
import type { SeriesPoint } from '@/lib/series/points'

import { FollowCountryButton } from '@/components/site/account/FollowCountryButton'
import { ArticleCard } from '@/components/site/ArticleCard'
import { DataDownloads } from '@/components/site/DataDownloads'
import { Flag } from '@/components/site/Flag'
import { FigureTable } from '@/components/site/FigureTable'
import { KeyFigureCard } from '@/components/site/views/KeyFigureCard'
import { PartnerBars } from '@/components/site/views/PartnerBars'
import { countryDatasetTitle, todayUtc } from '@/lib/citation/citation'
import { regionLabel } from '@/lib/countries/options'
import { formatDate } from '@/lib/format'
import type { CountryProfile } from '@/lib/queries/countryProfile'
import { RichText } from '@/lib/richText/RichText'
import { latestWithChange } from '@/lib/series/change'
import { compareLink } from '@/lib/series/compareQuery'
import { isMeasured, seriesKeyOf } from '@/lib/series/points'
import { absoluteUrl } from '@/lib/siteUrl'

const KEY_FIGURES = 6
const PARTNER_CHARTS = 3

/** Series with a measured, dated latest figure first, then longer series, then newer ones. */
const keySeries = (figures: SeriesPoint[]) => {
  const groups = new Map<string, SeriesPoint[]>()
  for (const figure of figures) {
    groups.set(seriesKeyOf(figure), [...(groups.get(seriesKeyOf(figure)) ?? []), figure])
  }
  const rank = (summary: NonNullable<ReturnType<typeof latestWithChange<SeriesPoint>>>) =>
    (isMeasured(summary.latest) ? 2 : 0) + (summary.latest.periodEnd ? 1 : 0)
  return [...groups.values()]
    .map((series) => ({ series, summary: latestWithChange(series)! }))
    .sort(
      (a, b) =>
        rank(b.summary) - rank(a.summary) ||
        b.series.length - a.series.length ||
        (b.summary.latest.periodEnd ?? '').localeCompare(a.summary.latest.periodEnd ?? ''),
    )
}

/** A country's public profile: its overview, key figures, partners, articles and events. */
export const CountryProfileView = ({ profile }: { profile: CountryProfile }) => {
  const {
    articles,
    authors,
    country,
    events,
    figuresAsReporter,
    lookups,
    observationCount,
    observations,
    resolved,
    tableFigures,
  } = profile
  const memberships = (country.memberships ?? []).filter(
    (membership) => typeof membership.organization === 'object' && membership.organization,
  )
  const series = keySeries(figuresAsReporter)
  const partnerIndicators = [
    ...new Set(figuresAsReporter.filter((figure) => figure.partner).map((figure) => figure.indicator)),
  ]
    .map((slug) => ({
      figures: figuresAsReporter.filter((figure) => figure.indicator === slug && figure.partner),
      indicator: lookups.indicators.get(slug)!,
    }))
    .filter(({ indicator }) => indicator.unit !== 'rank')
    .map((entry) => ({ ...entry, partners: new Set(entry.figures.map((figure) => figure.partner)).size }))
    .sort((a, b) => b.partners - a.partners || a.indicator.name.localeCompare(b.indicator.name))
  const partnerCharts = (
    partnerIndicators.some((entry) => entry.partners > 1)
      ? partnerIndicators.filter((entry) => entry.partners > 1)
      : partnerIndicators
  ).slice(0, PARTNER_CHARTS)
  const partnerName = (slug: null | string) => (slug ? (lookups.countries.get(slug)?.name ?? slug) : null)

  return (
    <div className="data-view">
      <header className="profile-header">
        <Flag country={country} />
        <div>
          <p className="eyebrow">{regionLabel(country.region)}</p>
          <h1>{country.name}</h1>
          <FollowCountryButton countryId={country.id} countryName={country.name} />
        </div>
        <p className="profile-header__actions">
          <Link className="button-link" href={compareLink({ countries: [country.slug!], indicators: [] })}>
            Compare {country.name} with other countries
          </Link>
        </p>
      </header>
      <div className="country-layout">
        <div>
          {country.summary ? (
            <div className="prose profile-overview">
              <RichText doc={country.summary} resolved={resolved} />
            </div>
          ) : (
            <p className="muted">No overview of {country.name} has been published yet.</p>
          )}
        </div>
        <aside aria-labelledby="facts-title" className="facts-box">
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
            {country.iso3 ? (
              <>
                <dt>Codes</dt>
                <dd>{[country.iso2, country.iso3].filter(Boolean).join(' / ')}</dd>
              </>
            ) : null}
            {country.leaders?.length ? (
              <>
                <dt>Leaders</dt>
                <dd>
                  <ul>
                    {country.leaders.map((leader) => (
                      <li key={leader.id ?? leader.name}>
                        {leader.name}{' '}
                        <span className="muted">
                          ({leader.role}
                          {leader.since ? `, since ${formatDate(leader.since)}` : ''})
                        </span>
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
                          <abbr title={`${organization.name} (${membership.status})`}>
                            {organization.acronym}
                            {membership.status !== 'member' ? ` · ${membership.status}` : ''}
                          </abbr>
                        </li>
                      )
                    })}
                  </ul>
                </dd>
              </>
            ) : null}
          </dl>
        </aside>
      </div>

      <section aria-labelledby="key-figures-title" className="view-section">
        <div className="view-section__head">
          <h2 id="key-figures-title">Key figures</h2>
          <p className="muted">
            The newest published figure of each series, with its period and source. Changes are shown only against a
            comparable earlier period.
          </p>
        </div>
        {series.length ? (
          <ul className="key-figures">
            {series.slice(0, KEY_FIGURES).map(({ series: points, summary }) => (
              <KeyFigureCard
                indicator={lookups.indicators.get(summary.latest.indicator)!}
                key={seriesKeyOf(summary.latest)}
                partnerName={partnerName(summary.latest.partner)}
                series={points}
                summary={summary}
              />
            ))}
          </ul>
        ) : (
          <p className="empty-state">
            No figures with {country.name} as the reporting country have been published yet.
          </p>
        )}
      </section>

      {partnerCharts.length ? (
        <section aria-labelledby="partners-title" className="view-section">
          <div className="view-section__head">
            <h2 id="partners-title">Partners</h2>
            <p className="muted">
              {country.name}’s published bilateral figures, partner by partner.{' '}
              <Link
                href={compareLink({
                  countries: [country.slug!],
                  indicators: partnerCharts.map((entry) => entry.indicator.slug!),
                })}
              >
                Compare these with other countries
              </Link>
            </p>
          </div>
          <div className="chart-grid">
            {partnerCharts.map((entry) => (
              <PartnerBars
                countries={lookups.countries}
                countryName={country.name}
                countrySlug={country.slug!}
                figures={entry.figures}
                indicator={entry.indicator}
                key={entry.indicator.slug}
              />
            ))}
          </div>
        </section>
      ) : null}

      <div className="profile-columns">
        <section aria-labelledby="timeline-title" className="view-section">
          <h2 id="timeline-title">Timeline</h2>
          {events.length ? (
            <ol className="timeline">
              {events.map((event) => (
                <li key={event.id}>
                  <time dateTime={event.date ?? undefined}>{event.dateText || 'Date unknown'}</time>
                  <span className="timeline__title">{event.title}</span>
                  {event.location ? <span className="muted timeline__place">{event.location}</span> : null}
                </li>
              ))}
            </ol>
          ) : (
            <p className="empty-state">No events involving {country.name} have been recorded yet.</p>
          )}
        </section>
        <section aria-labelledby="authors-title" className="view-section">
          <h2 id="authors-title">Who covers {country.name}</h2>
          {authors.length ? (
            <ul className="author-list">
              {authors.map(({ articleCount, author }) => (
                <li key={author.id}>
                  <Link href={`/authors/${author.slug}`}>{author.name}</Link>
                  {author.affiliation ? <span className="muted"> · {author.affiliation}</span> : null}
                  <span className="muted author-list__count">
                    {articleCount
                      ? `${articleCount} ${articleCount === 1 ? 'analysis' : 'analyses'} on ${country.name}`
                      : `Focus: ${country.name}`}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty-state">No author covers {country.name} yet.</p>
          )}
        </section>
      </div>

      <section aria-labelledby="analysis-title" className="view-section">
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

      <section aria-labelledby="figures-title" className="view-section">
        <h2 id="figures-title">
          {observationCount > observations.length ? 'Newest published figures' : 'All published figures'}
        </h2>
        {observationCount > observations.length ? (
          <p className="muted">
            The {observations.length} newest of {observationCount.toLocaleString('en-GB')} published figures.{' '}
            <Link href={compareLink({ countries: [country.slug!], indicators: [] })}>
              Compare {country.name} on the indicators you choose
            </Link>{' '}
            to see all their figures and download them as CSV.
          </p>
        ) : null}
        {tableFigures.length ? (
          <FigureTable
            caption={`Published observations where ${country.name} is the country or the partner, newest period first.`}
            figures={tableFigures}
            indicatorOf={(slug) => lookups.indicators.get(slug)}
            rowHeader="Indicator"
            rowLabel={(figure) => lookups.indicators.get(figure.indicator)?.name}
            second={{
              header: 'Country × partner',
              text: (figure) =>
                `${partnerName(figure.country)}${figure.partner ? ` × ${partnerName(figure.partner)}` : ''}`,
            }}
          />
        ) : (
          <p className="empty-state">No figures have been published for {country.name} yet.</p>
        )}
      </section>
      <DataDownloads
        basePath={`/countries/${country.slug}/data`}
        citation={{
          // A cached page says the day it was rendered; it is rendered again at least hourly.
          accessedOn: todayUtc(),
          asOf: null,
          permalink: absoluteUrl(`/countries/${country.slug}`),
          title: countryDatasetTitle(country),
        }}
        query=""
      />
      <p className="back-link">
        <Link href="/countries">← All countries</Link>
      </p>
    </div>
  )
}
