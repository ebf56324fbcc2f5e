import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Author, Country } from '@/payload-types'

import { getFeedArticles, listArticles } from '@/lib/queries/articles'
import { searchSite } from '@/lib/queries/search'
import { getPublishedSlugs } from '@/lib/queries/sitemap'
import { createCountry } from '@/tests/helpers/fixtures'
import { createTestPayload } from '@/tests/helpers/payload'
import { paragraph } from '@/tests/helpers/richText'

let payload: Payload
let author: Author
let kazakhstan: Country
let georgia: Country
let draft: Article

const articleData = (
  data: Partial<Omit<Article, 'section'>> & Pick<Article, 'title'>,
): RequiredDataFromCollectionSlug<'articles'> => ({
  authors: [author.id],
  body: paragraph(`${data.title} in full.`),
  dek: `About ${data.title}.`,
  section: 'analysis',
  ...data,
})

beforeAll(async () => {
  payload = await createTestPayload()
  author = await payload.create({
    collection: 'authors',
    data: { _status: 'published', name: 'Aigerim Testova' },
  })
  kazakhstan = await createCountry(payload, { capital: 'Astana', name: 'Kazakhstan' })
  georgia = await createCountry(payload, { capital: 'Tbilisi', name: 'Georgia', region: 'south-caucasus' })
  for (let index = 1; index <= 7; index += 1) {
    await payload.create({
      collection: 'articles',
      data: articleData({
        _status: 'published',
        countries: [index <= 3 ? georgia.id : kazakhstan.id],
        publishedAt: `2025-0${index}-01T00:00:00.000Z`,
        title: `Caspian ferry capacity, part ${index}`,
        topics: index % 2 ? ['logistics'] : ['energy'],
      }),
    })
  }
  draft = await payload.create({
    collection: 'articles',
    data: articleData({ _status: 'draft', countries: [kazakhstan.id], title: 'Caspian ferry embargo, unpublished' }),
    draft: true,
  })
})

afterAll(async () => {
  await payload.destroy()
})

describe('publication queries as a reader', () => {
  it('should page published articles newest first, six a page', async () => {
    const first = await listArticles({})
    expect(first.totalArticles).toBe(7)
    expect(first.totalPages).toBe(2)
    expect(first.articles.map((article) => article.title)[0]).toBe('Caspian ferry capacity, part 7')
    const second = await listArticles({ page: 2 })
    expect(second.articles.map((article) => article.title)).toEqual(['Caspian ferry capacity, part 1'])
  })

  it('should filter by country, topic and author together', async () => {
    const result = await listArticles({ authorId: author.id, countryId: georgia.id, topic: 'logistics' })
    expect(result.articles.map((article) => article.title)).toEqual([
      'Caspian ferry capacity, part 3',
      'Caspian ferry capacity, part 1',
    ])
  })

  it('should find published articles and countries containing every word, and never a draft', async () => {
    const results = await searchSite(['caspian', 'ferry'])
    expect(results.articles).toHaveLength(7)
    expect(results.articles.map((article) => article.id)).not.toContain(draft.id)
    expect((await searchSite(['unpublished'])).articles).toEqual([])
    expect((await searchSite(['tbilisi'])).countries.map((country) => country.name)).toEqual(['Georgia'])
  })

  it('should leave drafts out of the feed and the sitemap', async () => {
    const feed = await getFeedArticles(20)
    expect(feed).toHaveLength(7)
    expect(feed.map((article) => article.id)).not.toContain(draft.id)
    const slugs = (await getPublishedSlugs('articles')).map((doc) => doc.slug)
    expect(slugs).toHaveLength(7)
    expect(slugs).not.toContain(draft.slug)
  })
})
