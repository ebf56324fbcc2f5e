import type { Metadata } from 'next'

import type { SearchResults } from '@/lib/queries/search'

import Link from 'next/link'
import React from 'react'

import { Flag } from '@/components/site/Flag'
import { Highlighted } from '@/components/site/Highlighted'
import { authorNames } from '@/components/site/ArticleCard'
import { regionLabel } from '@/lib/countries/options'
import { formatDate } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata'
import { searchSite } from '@/lib/queries/search'
import { queryToTerms, textToSnippet } from '@/lib/search/highlight'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const readQuery = async (searchParams: Props['searchParams']): Promise<string> => {
  const value = (await searchParams).q
  return ((Array.isArray(value) ? value[0] : value) ?? '').trim().slice(0, 200)
}

export const generateMetadata = async ({ searchParams }: Props): Promise<Metadata> => {
  const query = await readQuery(searchParams)
  return {
    ...pageMetadata({
      description: 'Search Crossroads analysis, country profiles and indicators.',
      path: '/search',
      title: query ? `Search: ${query}` : 'Search',
    }),
    robots: { follow: true, index: false },
  }
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

const countsToText = ({ articles, countries, indicators }: SearchResults): string =>
  [
    articles.length ? plural(articles.length, 'analysis', 'analyses') : null,
    countries.length ? plural(countries.length, 'country', 'countries') : null,
    indicators.length ? plural(indicators.length, 'indicator', 'indicators') : null,
  ]
    .filter(Boolean)
    .join(', ')

/** One kind of result: a titled section with its list. */
const ResultGroup = ({
  children,
  id,
  isCompact = false,
  title,
}: {
  children: React.ReactNode
  id: string
  isCompact?: boolean
  title: string
}) => (
  <section aria-labelledby={id} className="search-results__group">
    <h2 id={id}>{title}</h2>
    <ul className={isCompact ? 'result-list result-list--compact' : 'result-list'}>{children}</ul>
  </section>
)

const SearchPage = async ({ searchParams }: Props) => {
  const query = await readQuery(searchParams)
  const terms = queryToTerms(query)
  const results = await searchSite(terms)
  const total = results.articles.length + results.countries.length + results.indicators.length

  return (
    <div className="search-page">
      <header className="page-header">
        <p className="eyebrow">Search</p>
        <h1>{query ? <>Results for “{query}”</> : 'Search Crossroads'}</h1>
      </header>
      <form action="/search" className="search-form" method="get" role="search">
        <label htmlFor="search-page-q">Search analysis, countries and indicators</label>
        <div className="search-form__row">
          <input defaultValue={query} id="search-page-q" name="q" type="search" />
          <button className="button" type="submit">
            Search
          </button>
        </div>
      </form>

      {!query ? (
        <p className="section-note">
          Try a country (<Link href="/search?q=Kazakhstan">Kazakhstan</Link>), a place (
          <Link href="/search?q=Almaty">Almaty</Link>) or a measure (<Link href="/search?q=trade">trade</Link>).
        </p>
      ) : terms.length === 0 ? (
        <p className="empty-state">Type a word of at least two letters.</p>
      ) : total === 0 ? (
        <div className="empty-state">
          <p>Nothing published matches “{query}”.</p>
          <p>
            Check the spelling, use fewer words, or browse <Link href="/articles">all analysis</Link> and{' '}
            <Link href="/countries">country profiles</Link>.
          </p>
        </div>
      ) : (
        <>
          <p aria-live="polite" className="result-summary">
            {total} {total === 1 ? 'result' : 'results'}: {countsToText(results)}
          </p>
          <div className="search-results">
            {results.articles.length ? (
              <ResultGroup id="results-articles" title="Analysis">
                {results.articles.map((article) => (
                  <li key={article.id}>
                    <p className="eyebrow">{article.section}</p>
                    <h3>
                      <Link href={`/articles/${article.slug}`}>
                        <Highlighted terms={terms} text={article.title} />
                      </Link>
                    </h3>
                    <p className="result-list__snippet">
                      <Highlighted terms={terms} text={textToSnippet(article.dek, terms)} />
                    </p>
                    <p className="byline">
                      {authorNames(article.authors)}
                      {article.publishedAt ? ` · ${formatDate(article.publishedAt)}` : ''}
                    </p>
                  </li>
                ))}
              </ResultGroup>
            ) : null}
            {results.countries.length ? (
              <ResultGroup id="results-countries" isCompact title="Countries">
                {results.countries.map((country) => (
                  <li key={country.id}>
                    <h3>
                      <Link className="result-list__country" href={`/countries/${country.slug}`}>
                        <Flag country={country} />
                        <Highlighted terms={terms} text={country.name} />
                      </Link>
                    </h3>
                    <p className="result-list__snippet">
                      {country.capital ? (
                        <>
                          Capital: <Highlighted terms={terms} text={country.capital} /> ·{' '}
                        </>
                      ) : null}
                      {regionLabel(country.region)}
                    </p>
                  </li>
                ))}
              </ResultGroup>
            ) : null}
            {results.indicators.length ? (
              <ResultGroup id="results-indicators" isCompact title="Indicators">
                {results.indicators.map((indicator) => (
                  <li key={indicator.id}>
                    <h3>
                      <Link href={`/indicators/${indicator.slug}`}>
                        <Highlighted terms={terms} text={indicator.name} />
                      </Link>
                    </h3>
                    <p className="result-list__snippet">
                      <Highlighted terms={terms} text={textToSnippet(indicator.description, terms, 180)} />
                    </p>
                  </li>
                ))}
              </ResultGroup>
            ) : null}
          </div>
        </>
      )}
    </div>
  )
}

export default SearchPage
