import type { Metadata } from 'next'

import Link from 'next/link'
import React from 'react'

import { ArticleCard } from '@/components/site/ArticleCard'
import { Pagination } from '@/components/site/Pagination'
import { FOCUS_REGIONS } from '@/lib/countries/options'
import { TOPICS, topicLabel } from '@/lib/articles/options'
import { pageMetadata } from '@/lib/metadata'
import { listArticles } from '@/lib/queries/articles'
import { getAuthors } from '@/lib/queries/authors'
import { getCountries } from '@/lib/queries/countries'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { searchParams: Promise<SearchParams> }

const single = (value: string | string[] | undefined): string => (Array.isArray(value) ? value[0] : value)?.trim() ?? ''

const readFilters = (params: SearchParams) => {
  const page = Number.parseInt(single(params.page), 10)
  return {
    author: single(params.author),
    country: single(params.country),
    page: Number.isFinite(page) && page > 0 ? page : 1,
    topic: single(params.topic),
  }
}

type Filters = ReturnType<typeof readFilters>

const filtersToHref = (filters: Filters, page = 1): string => {
  const query = new URLSearchParams()
  for (const key of ['country', 'topic', 'author'] as const) {
    if (filters[key]) {
      query.set(key, filters[key])
    }
  }
  if (page > 1) {
    query.set('page', String(page))
  }
  const text = query.toString()
  return text ? `/articles?${text}` : '/articles'
}

export const generateMetadata = async ({ searchParams }: Props): Promise<Metadata> => {
  const filters = readFilters(await searchParams)
  const base = pageMetadata({
    description:
      'Every Crossroads analysis, commentary and briefing on Central Asia and the South Caucasus, newest first, by country, topic and author.',
    path: '/articles',
    title: 'Analysis',
  })
  const isFiltered = filters.country || filters.topic || filters.author || filters.page > 1
  return isFiltered ? { ...base, robots: { follow: true, index: false } } : base
}

const ArticlesPage = async ({ searchParams }: Props) => {
  const filters = readFilters(await searchParams)
  const [countries, authors] = await Promise.all([getCountries(), getAuthors()])
  const country = filters.country ? countries.find((candidate) => candidate.slug === filters.country) : undefined
  const author = filters.author ? authors.find((candidate) => candidate.slug === filters.author) : undefined
  const topic = (TOPICS as readonly string[]).includes(filters.topic) ? filters.topic : ''
  const unknown = [
    filters.country && !country ? `no country “${filters.country}”` : null,
    filters.author && !author ? `no author “${filters.author}”` : null,
    filters.topic && !topic ? `no topic “${filters.topic}”` : null,
  ].filter(Boolean)
  const result = unknown.length
    ? { articles: [], page: 1, totalArticles: 0, totalPages: 0 }
    : await listArticles({
        authorId: author?.id,
        countryId: country?.id,
        page: filters.page,
        topic: topic || undefined,
      })
  const isPastLastPage = result.totalPages > 0 && filters.page > result.totalPages
  const isFiltered = Boolean(filters.country || filters.topic || filters.author)
  const description = [
    country ? `on ${country.name}` : null,
    topic ? `about ${topicLabel(topic).toLowerCase()}` : null,
    author ? `by ${author.name}` : null,
  ]
    .filter(Boolean)
    .join(' ')
  const otherCountries = countries.filter(
    (candidate) => candidate.kind === 'state' && !FOCUS_REGIONS.some((region) => region.value === candidate.region),
  )

  return (
    <div className="listing-page">
      <header className="page-header">
        <p className="eyebrow">Analysis</p>
        <h1>Analysis, commentary and briefings</h1>
        <p className="page-header__lede">
          Our writing on Central Asia and the South Caucasus, newest first. Narrow it down by country, topic or author.
        </p>
      </header>

      <form action="/articles" aria-label="Filter analysis" className="filter-bar" method="get">
        <div className="filter-bar__field">
          <label htmlFor="filter-country">Country</label>
          <select defaultValue={country?.slug ?? ''} id="filter-country" name="country">
            <option value="">All countries</option>
            {FOCUS_REGIONS.map((region) => (
              <optgroup key={region.value} label={region.label}>
                {countries
                  .filter((candidate) => candidate.region === region.value && candidate.kind === 'state')
                  .map((candidate) => (
                    <option key={candidate.id} value={candidate.slug ?? ''}>
                      {candidate.name}
                    </option>
                  ))}
              </optgroup>
            ))}
            <optgroup label="Partners and neighbours">
              {otherCountries.map((candidate) => (
                <option key={candidate.id} value={candidate.slug ?? ''}>
                  {candidate.name}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <div className="filter-bar__field">
          <label htmlFor="filter-topic">Topic</label>
          <select defaultValue={topic} id="filter-topic" name="topic">
            <option value="">All topics</option>
            {[...TOPICS]
              .sort((a, b) => a.localeCompare(b))
              .map((value) => (
                <option key={value} value={value}>
                  {topicLabel(value)}
                </option>
              ))}
          </select>
        </div>
        <div className="filter-bar__field">
          <label htmlFor="filter-author">Author</label>
          <select defaultValue={author?.slug ?? ''} id="filter-author" name="author">
            <option value="">All authors</option>
            {authors.map((candidate) => (
              <option key={candidate.id} value={candidate.slug ?? ''}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-bar__actions">
          <button className="button" type="submit">
            Apply filters
          </button>
          {isFiltered ? <Link href="/articles">Clear</Link> : null}
        </div>
      </form>

      <p aria-live="polite" className="result-summary">
        {unknown.length
          ? `Nothing to show: there is ${unknown.join(' and ')}.`
          : `${result.totalArticles} ${result.totalArticles === 1 ? 'analysis' : 'analyses'}${description ? ` ${description}` : ''}${
              result.totalPages > 1 ? ` · page ${result.page} of ${result.totalPages}` : ''
            }`}
      </p>

      {result.articles.length ? (
        <ul className="article-list article-list--grid">
          {result.articles.map((article) => (
            <ArticleCard article={article} headingLevel={2} key={article.id} />
          ))}
        </ul>
      ) : (
        <div className="empty-state">
          {isPastLastPage ? (
            <p>
              There is no page {filters.page}; the list has {result.totalPages}.{' '}
              <Link href={filtersToHref(filters)}>Back to the first page</Link>
            </p>
          ) : (
            <p>
              No published analysis matches these filters. <Link href="/articles">See all analysis</Link>
            </p>
          )}
        </div>
      )}

      <Pagination
        hrefForPage={(page) => filtersToHref(filters, page)}
        page={result.page}
        totalPages={result.totalPages}
      />
    </div>
  )
}

export default ArticlesPage
