import type { Metadata } from 'next'

import type { ArticleReason, SearchResults } from '@/lib/queries/search'

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

const countsToText = ({ articles, authors, countries, indicators, places }: SearchResults): string =>
  [
    articles.length ? plural(articles.length, 'analysis', 'analyses') : null,
    countries.length ? plural(countries.length, 'country', 'countries') : null,
    places.length ? plural(places.length, 'place', 'places') : null,
    authors.length ? plural(authors.length, 'author', 'authors') : null,
    indicators.length ? plural(indicators.length, 'indicator', 'indicators') : null,
  ]
    .filter(Boolean)
    .join(', ')

/** "matched “Киргизия”": the alias a reader's query found a result by. */
const MatchedAlias = ({ alias }: { alias: string | undefined }) =>
  alias ? <span className="result-list__alias"> — matched “{alias}”</span> : null

const reasonToText = (reason: ArticleReason): string => {
  const by = reason.alias ? ` (matched “${reason.alias}”)` : ''
  switch (reason.kind) {
    case 'about':
      return `About ${reason.country}${by}`
    case 'by':
      return `By ${reason.author}${by}`
    case 'mentions':
      return `Mentions ${reason.place}${by}`
  }
}

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
  const total =
    results.articles.length +
    results.countries.length +
    results.places.length +
    results.authors.length +
    results.indicators.length
  const articleTerms = [...terms, ...results.namesToHighlight]

  return (
    <div className="search-page">
      <header className="page-header">
        <p className="eyebrow">Search</p>
        <h1>{query ? <>Results for “{query}”</> : 'Search Crossroads'}</h1>
      </header>
      <form action="/search" className="search-form" method="get" role="search">
        <label htmlFor="search-page-q">Search analysis, countries, places, authors and indicators</label>
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
          <Link href="/search?q=Almaty">Almaty</Link>) or a measure (<Link href="/search?q=trade">trade</Link>). Names
          are found in any script and spelling:{' '}
          <Link href="/search?q=%D0%9A%D0%B8%D1%80%D0%B3%D0%B8%D0%B7%D0%B8%D1%8F">Киргизия</Link>,{' '}
          <Link href="/search?q=Alma-Ata">Alma-Ata</Link>.
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
                {results.articles.map((article) => {
                  const reason = results.articleReasons[article.id]
                  return (
                    <li key={article.id}>
                      <p className="eyebrow">{article.section}</p>
                      <h3>
                        <Link href={`/articles/${article.slug}`}>
                          <Highlighted terms={articleTerms} text={article.title} />
                        </Link>
                      </h3>
                      {reason ? <p className="result-list__reason">{reasonToText(reason)}</p> : null}
                      <p className="result-list__snippet">
                        <Highlighted terms={articleTerms} text={textToSnippet(article.dek, articleTerms)} />
                      </p>
                      <p className="byline">
                        {authorNames(article.authors)}
                        {article.publishedAt ? ` · ${formatDate(article.publishedAt)}` : ''}
                      </p>
                    </li>
                  )
                })}
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
                      <MatchedAlias alias={results.matchedAliases[`countries/${country.id}`]} />
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
            {results.places.length ? (
              <ResultGroup id="results-places" isCompact title="Places">
                {results.places.map((place) => {
                  const country = typeof place.country === 'object' ? place.country : null
                  return (
                    <li key={place.id}>
                      <h3>
                        {country ? (
                          <Link href={`/countries/${country.slug}`}>
                            <Highlighted terms={terms} text={place.name} />
                          </Link>
                        ) : (
                          <Highlighted terms={terms} text={place.name} />
                        )}
                        <MatchedAlias alias={results.matchedAliases[`places/${place.id}`]} />
                      </h3>
                      {country ? <p className="result-list__snippet">{country.name}</p> : null}
                    </li>
                  )
                })}
              </ResultGroup>
            ) : null}
            {results.authors.length ? (
              <ResultGroup id="results-authors" isCompact title="Authors">
                {results.authors.map((author) => (
                  <li key={author.id}>
                    <h3>
                      <Link href={`/authors/${author.slug}`}>
                        <Highlighted terms={terms} text={author.name} />
                      </Link>
                      <MatchedAlias alias={results.matchedAliases[`authors/${author.id}`]} />
                    </h3>
                    {author.affiliation ? <p className="result-list__snippet">{author.affiliation}</p> : null}
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
