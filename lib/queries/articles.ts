import type { Where } from 'payload'

import { cache } from 'react'

import type { Article } from '@/payload-types'

import { getPayloadClient } from '@/lib/payload'
import { findPublishedBySlug } from '@/lib/queries/bySlug'
import { asReader } from '@/lib/queries/reader'

export const ARTICLES_PER_PAGE = 6

export const getLatestArticles = cache(async (limit = 10): Promise<Article[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'articles',
    depth: 1,
    limit,
    sort: '-publishedAt',
  })
  return docs
})

/** What the article page shows of its authors and countries. */
export const ARTICLE_POPULATE = {
  authors: { affiliation: true, bio: true, name: true, photo: true, slug: true },
  countries: { flag: true, iso2: true, iso3: true, kind: true, name: true, region: true, slug: true },
} as const

export const getArticleBySlug = cache((slug: string): Promise<Article | null> =>
  findPublishedBySlug('articles', slug, { depth: 2, populate: ARTICLE_POPULATE }),
)

export const getArticlesAboutCountry = cache(async (countryId: number | string, limit = 6): Promise<Article[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'articles',
    depth: 1,
    limit,
    sort: '-publishedAt',
    where: { countries: { in: [countryId] } },
  })
  return docs
})

export type ArticleFilters = {
  authorId?: number | string
  countryId?: number | string
  page?: number
  topic?: string
}

export type ArticlePage = {
  articles: Article[]
  page: number
  totalArticles: number
  totalPages: number
}

/** One page of published articles, newest first, narrowed by country, topic and author. */
export const listArticles = cache(
  async ({ authorId, countryId, page = 1, topic }: ArticleFilters): Promise<ArticlePage> => {
    const conditions: Where[] = []
    if (countryId !== undefined) {
      conditions.push({ countries: { in: [countryId] } })
    }
    if (authorId !== undefined) {
      conditions.push({ authors: { in: [authorId] } })
    }
    if (topic) {
      conditions.push({ topics: { in: [topic] } })
    }
    const payload = await getPayloadClient()
    const result = await payload.find({
      ...asReader,
      collection: 'articles',
      depth: 1,
      limit: ARTICLES_PER_PAGE,
      page,
      sort: '-publishedAt',
      where: conditions.length ? { and: conditions } : undefined,
    })
    return {
      articles: result.docs,
      page: result.page ?? page,
      totalArticles: result.totalDocs,
      totalPages: result.totalPages,
    }
  },
)

/** Other published analyses on the same countries or topics, newest first. */
export const getRelatedArticles = cache(async (article: Article, limit = 3): Promise<Article[]> => {
  const countryIds = (article.countries ?? []).map((country) => (typeof country === 'object' ? country.id : country))
  const topics = article.topics ?? []
  const shared: Where[] = []
  if (countryIds.length) {
    shared.push({ countries: { in: countryIds } })
  }
  if (topics.length) {
    shared.push({ topics: { in: topics } })
  }
  if (!shared.length) {
    return []
  }
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'articles',
    depth: 1,
    limit: limit * 4,
    sort: '-publishedAt',
    where: { and: [{ id: { not_equals: article.id } }, { or: shared }] },
  })
  const sharedCountries = (candidate: Article) =>
    (candidate.countries ?? []).filter((country) =>
      countryIds.includes(typeof country === 'object' ? country.id : country),
    ).length
  const sharedTopics = (candidate: Article) => (candidate.topics ?? []).filter((t) => topics.includes(t)).length
  return [...docs]
    .sort((a, b) => sharedCountries(b) * 2 + sharedTopics(b) - (sharedCountries(a) * 2 + sharedTopics(a)))
    .slice(0, limit)
})

export const getArticlesByAuthor = cache(async (authorId: number | string): Promise<Article[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'articles',
    depth: 1,
    pagination: false,
    sort: '-publishedAt',
    where: { authors: { in: [authorId] } },
  })
  return docs
})

export type FeedArticle = Pick<
  Article,
  'authors' | 'dek' | 'id' | 'publishedAt' | 'section' | 'slug' | 'title' | 'topics' | 'updatedAt'
>

/** The newest published articles for the RSS feed. */
export const getFeedArticles = cache(async (limit = 20): Promise<FeedArticle[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...asReader,
    collection: 'articles',
    depth: 1,
    limit,
    select: {
      authors: true,
      dek: true,
      publishedAt: true,
      section: true,
      slug: true,
      title: true,
      topics: true,
      updatedAt: true,
    },
    sort: '-publishedAt',
  })
  return docs as FeedArticle[]
})
