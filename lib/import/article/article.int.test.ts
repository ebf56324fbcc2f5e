import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Indicator, User } from '@/payload-types'

import { createCountry, createIndicator, createUser } from '@/tests/helpers/fixtures'
import { createTestPayload } from '@/tests/helpers/payload'

import type { ArticleDraftRequest, PreparedArticle } from './server'

import { createArticleDraft, prepareArticleImport } from './server'

let payload: Payload
let analyst: User
let turnover: Indicator

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      (['articles', 'authors', 'events', 'observations'] as const).map(async (collection) => [
        collection,
        (await payload.db.count({ collection, where: {} })).totalDocs,
      ]),
    ),
  )

const requestFor = (article: PreparedArticle, figures: ArticleDraftRequest['figures']): ArticleDraftRequest => ({
  authors: article.authors,
  body: article.body,
  dek: article.dek,
  figures,
  mentions: article.countries.map((country) => ({ countryId: country.countryId, text: country.firstMention })),
  notes: article.notes,
  title: article.title,
})

beforeAll(async () => {
  payload = await createTestPayload()
  // The first account becomes an admin; the analyst is the second.
  await createUser(payload, 'admin')
  analyst = await createUser(payload, 'analyst')
  await createCountry(payload, { iso2: 'KZ', iso3: 'KAZ', name: 'Kazakhstan' })
  await createCountry(payload, { iso2: 'UZ', iso3: 'UZB', name: 'Uzbekistan' })
  turnover = await createIndicator(payload, {
    kind: 'bilateral',
    name: 'Synthetic turnover',
    slug: 'synthetic-turnover',
  })
  // The analyst's own byline: analysts create articles only under it.
  await payload.create({ collection: 'authors', data: { _status: 'published', name: 'Test Author', user: analyst.id } })
})

afterAll(async () => {
  await payload.destroy()
})

describe('article import', () => {
  const text = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'endnotes-roman.md'), 'utf8')

  it('should create a draft article, a new draft author and the ticked observations citing its footnote', async () => {
    const { articles } = await prepareArticleImport({ format: 'markdown', payload, text, user: analyst })
    const [article] = articles
    expect(article.authorMatches.map((match) => [match.name, match.authorId !== null])).toEqual([
      ['Test Author', true],
      ['Second Writer', false],
    ])
    expect(article.countries.map((country) => [country.name, country.count])).toEqual([
      ['Kazakhstan', 1],
      ['Uzbekistan', 1],
    ])
    const [money] = article.figures
    const result = await createArticleDraft({
      payload,
      request: requestFor(article, [
        {
          country: money.countryIds[0],
          footnote: money.footnote,
          indicator: turnover.id,
          partner: money.countryIds[1],
          period: money.period,
          qualifier: money.qualifier,
          unit: money.unit,
          value: money.value,
        },
      ]),
      user: analyst,
    })
    const stored = await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: result.articleId })
    expect(stored._status).toBe('draft')
    expect(stored.footnoteIds).toEqual(['i', 'ii', 'iii'])
    expect(stored.countries).toHaveLength(2)
    expect(stored.authors).toHaveLength(2)
    const observation = await payload.findByID({
      collection: 'observations',
      depth: 0,
      draft: true,
      id: result.observationIds[0],
    })
    expect(observation).toMatchObject({
      _status: 'draft',
      periodText: 'Jan–Aug 2099',
      source: { article: result.articleId, footnote: 'i', url: 'https://synthetic.example/turnover' },
      unit: 'USD',
      value: 9_900_000_000,
    })
  })

  it('should leave nothing behind when one of the ticked observations is refused', async () => {
    const { articles } = await prepareArticleImport({ format: 'markdown', payload, text, user: analyst })
    const [article] = articles
    const [money] = article.figures
    const before = await counts()
    await expect(
      createArticleDraft({
        payload,
        request: {
          ...requestFor(article, [
            {
              country: money.countryIds[0],
              footnote: 'i',
              indicator: turnover.id,
              partner: money.countryIds[1],
              period: '2097',
              qualifier: 'actual',
              unit: 'USD',
              value: 1,
            },
            {
              country: money.countryIds[0],
              footnote: 'ii',
              indicator: turnover.id,
              partner: null,
              period: '2097',
              qualifier: 'actual',
              unit: 'km',
              value: 2,
            },
          ]),
          authors: ['Test Author', 'Brand New Writer'],
        },
        user: analyst,
      }),
    ).rejects.toThrow()
    expect(await counts()).toEqual(before)
  })

  it("should add an analyst's own byline to a document by others, and refuse an article without it", async () => {
    const byOthers = text.replace('By Test Author and Second Writer', 'By Guest Contributor')
    const { articles } = await prepareArticleImport({ format: 'markdown', payload, text: byOthers, user: analyst })
    const [article] = articles
    expect(article.authors).toEqual(['Guest Contributor', 'Test Author'])
    expect(article.bylineNote).toContain('Your byline (Test Author) was added')
    const before = await counts()
    await expect(
      createArticleDraft({
        payload,
        request: { ...requestFor(article, []), authors: ['Guest Contributor'] },
        user: analyst,
      }),
    ).rejects.toThrow('Analysts create articles under their own byline: add Test Author to the authors')
    expect(await counts()).toEqual(before)
  })

  it('should create accepted events as drafts citing the article, and a range as value and valueMax', async () => {
    const web = fs.readFileSync(path.join(import.meta.dirname, 'corpus', 'web-roman-notes.txt'), 'utf8')
    const { articles } = await prepareArticleImport({
      format: 'text',
      payload,
      text: web.replace('By Madina Orazbayeva', 'By Test Author'),
      user: analyst,
    })
    const [article] = articles
    const [event] = article.events
    expect(event.date).toBe('2025-10-14')
    const share = await createIndicator(payload, {
      name: 'Synthetic freight growth',
      slug: 'synthetic-freight-growth',
      unit: 'percent',
    })
    const range = article.figures.find((figure) => figure.valueMax !== null)!
    expect([range.value, range.valueMax, range.unit]).toEqual([15, 20, 'percent'])
    const result = await createArticleDraft({
      payload,
      request: {
        ...requestFor(article, [
          {
            country: article.countries[0].countryId,
            footnote: range.footnote,
            indicator: share.id,
            partner: null,
            period: '2024',
            qualifier: range.qualifier,
            unit: 'percent',
            value: range.value,
            valueMax: range.valueMax,
          },
        ]),
        events: [
          {
            countries: article.countries.map((country) => country.countryId),
            date: event.date,
            title: 'Commissioner visits Alat',
          },
        ],
      },
      user: analyst,
    }).catch((error: Error & { failure?: Error }) => {
      throw error.failure ?? error
    })
    const stored = await payload.findByID({ collection: 'events', depth: 0, draft: true, id: result.eventIds[0] })
    expect(stored).toMatchObject({ _status: 'draft', datePrecision: 'day', source: { article: result.articleId } })
    expect(stored.date?.slice(0, 10)).toBe('2025-10-14')
    const observation = await payload.findByID({
      collection: 'observations',
      depth: 0,
      draft: true,
      id: result.observationIds[0],
    })
    expect([observation.value, observation.valueMax]).toEqual([15, 20])
  })

  it('should read the document again without the decisions the analyst undid', async () => {
    const web = fs.readFileSync(path.join(import.meta.dirname, 'corpus', 'web-roman-notes.txt'), 'utf8')
    const first = await prepareArticleImport({ format: 'text', payload, text: web, user: analyst })
    const share = first.articles[0].decisions.find((decision) => decision.text === 'Share on social media')!
    const again = await prepareArticleImport({ format: 'text', payload, text: web, undo: [share.id], user: analyst })
    expect(JSON.stringify(again.articles[0].body)).toContain('Share on social media')
    expect(again.articles[0].decisions.map((decision) => decision.id)).not.toContain(share.id)
  })
})
