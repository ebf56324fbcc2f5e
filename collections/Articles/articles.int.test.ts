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

  it('should reject a footnote that has no endnote, naming the marker', async () => {
    expect(
      await validationMessages(
        payload.create({
          collection: 'articles',
          data: {
            authors: [author.id],
            body: body({ text: 'Claim', type: 'text' }, { attrs: { marker: '4' }, type: 'footnoteRef' }),
            section: 'analysis',
            dek: 'A dek.',
            references: [{ marker: '1', title: 'Another source' }],
            title: 'Dangling footnote',
          },
        }),
      ),
    ).toMatch(/cites footnote 4 with no matching endnote/)
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
