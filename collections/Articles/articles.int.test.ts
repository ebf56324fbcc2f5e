import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Author } from '@/payload-types'

import { createTestPayload } from '@/tests/helpers/payload'
import { validationMessages } from '@/tests/helpers/validation'

let payload: Payload
let author: Author

const body = (...content: object[]) => ({ content: [{ content, type: 'paragraph' }], type: 'doc' })

beforeAll(async () => {
  payload = await createTestPayload()
  author = await payload.create({ collection: 'authors', data: { _status: 'published', name: 'Test Author' } })
})

afterAll(async () => {
  await payload.destroy()
})

describe('articles', () => {
  it('should stamp the publication date on first publication', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: {
        _status: 'published',
        authors: [author.id],
        body: body({ text: 'A short analysis.', type: 'text' }),
        section: 'analysis',
        dek: 'A dek.',
        title: 'Published analysis',
      },
    })
    expect(article.slug).toBe('published-analysis')
    expect(new Date(article.publishedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  it('should reject a body with a javascript: link', async () => {
    expect(
      await validationMessages(
        payload.create({
          collection: 'articles',
          data: {
            authors: [author.id],
            body: body({ marks: [{ attrs: { href: 'javascript:alert(1)' }, type: 'link' }], text: 'x', type: 'text' }),
            section: 'analysis',
            dek: 'A dek.',
            title: 'Unsafe link',
          },
        }),
      ),
    ).toMatch(/not allowed/)
  })

  it('should reject a body that mentions a country that does not exist', async () => {
    expect(
      await validationMessages(
        payload.create({
          collection: 'articles',
          data: {
            authors: [author.id],
            body: body({ attrs: { countryId: '987654', label: 'Atlantis' }, type: 'countryMention' }),
            dek: 'A dek.',
            section: 'analysis',
            title: 'Mentions a missing country',
          },
        }),
      ),
    ).toMatch(/body: The text mentions a country that does not exist \(id 987654\)/)
  })

  it('should keep countries in sync with the mentions while keeping countries added by hand', async () => {
    const make = (iso3: string, name: string) =>
      payload.create({
        collection: 'countries',
        data: { _status: 'published', iso3, kind: 'state', name, region: 'central-asia' },
      })
    const [kazakhstan, uzbekistan, tajikistan] = await Promise.all([
      make('KAZ', 'Kazakhstan'),
      make('UZB', 'Uzbekistan'),
      make('TJK', 'Tajikistan'),
    ])
    const mention = (country: { id: number; name: string }) => ({
      attrs: { countryId: String(country.id), label: country.name },
      type: 'countryMention',
    })
    const article = await payload.create({
      collection: 'articles',
      data: {
        authors: [author.id],
        body: body(mention(kazakhstan), { text: ' and ', type: 'text' }, mention(uzbekistan)),
        countries: [tajikistan.id],
        dek: 'Mentions.',
        section: 'analysis',
        title: 'Mentions two countries',
      },
    })
    const ids = (value: typeof article) =>
      (value.countries ?? []).map((country) => (typeof country === 'object' ? country.id : country))
    expect(ids(article).sort()).toEqual([kazakhstan.id, uzbekistan.id, tajikistan.id].sort())

    const edited = await payload.update({
      collection: 'articles',
      data: { body: body(mention(kazakhstan)), countries: ids(article) },
      id: article.id,
    })
    expect(ids(edited).sort()).toEqual([kazakhstan.id, tajikistan.id].sort())
  })

  it('should record footnote ids in reading order so observations can cite them by number', async () => {
    const note = (id: string) => ({ attrs: { id, title: `Source ${id}` }, type: 'footnote' })
    const article = await payload.create({
      collection: 'articles',
      data: {
        authors: [author.id],
        body: { content: [{ content: [note('b'), note('a')], type: 'paragraph' }], type: 'doc' },
        dek: 'Notes.',
        section: 'analysis',
        title: 'Footnote order',
      },
    })
    expect(article.footnoteIds).toEqual(['b', 'a'])
  })

  it('should keep a draft article away from anonymous readers, also when populated from an observation', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: {
        authors: [author.id],
        body: body({ text: 'Secret', type: 'text' }),
        section: 'analysis',
        dek: 'Draft.',
        title: 'Draft analysis',
      },
      draft: true,
    })
    const country = await payload.create({
      collection: 'countries',
      data: { _status: 'published', iso3: 'ARM', name: 'Armenia', kind: 'state', region: 'south-caucasus' },
    })
    const indicator = await payload.create({
      collection: 'indicators',
      data: {
        _status: 'published',
        category: 'energy',
        decimals: 0,
        description: 'MW',
        kind: 'country',
        name: 'Capacity',
        scale: '1',
        unit: 'MW',
      },
    })
    const observation = await payload.create({
      collection: 'observations',
      data: {
        _status: 'published',
        country: country.id,
        indicator: indicator.id,
        qualifier: 'actual' as const,
        period: { kind: 'year', year: 2025 },
        source: { article: draft.id },
        value: 62,
      },
    })
    const asReader = await payload.findByID({
      collection: 'observations',
      depth: 2,
      id: observation.id,
      overrideAccess: false,
    })
    expect(asReader.source?.article ?? null).not.toMatchObject({ title: 'Draft analysis' })
    const articles = await payload.find({
      collection: 'articles',
      overrideAccess: false,
      where: { title: { like: 'Draft' } },
    })
    expect(articles.totalDocs).toBe(0)
  })
})
