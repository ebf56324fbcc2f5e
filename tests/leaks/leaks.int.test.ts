import type { Payload } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getFigureHistory } from '@/lib/queries/figureRevisions'
import { submitForReview, transitionDocument } from '@/lib/workflow/transitions'
import { createCountry, createIndicator, createUser } from '@/tests/helpers/fixtures'
import { graphqlRequest, restRequest } from '@/tests/helpers/inProcessApi'
import { paragraph } from '@/tests/helpers/richText'
import { actor } from '@/tests/helpers/actors'

/**
 * Three things readers must never see — a draft-only article, a pending (submitted, unapproved)
 * change to a published country, and an observation that was published and then unpublished —
 * probed through the public REST and GraphQL APIs: by ID, in lists, with `draft=true`, through
 * relationships populated at depth, and with `where` filters on the draft-only values.
 */
const SECRETS = ['LEAKDRAFTTITLE', 'LEAKDRAFTDEK', 'LEAKDRAFTBODY', 'LEAKPENDINGCAPITAL', 'LEAKUNPUBLISHEDSUBJECT']

let payload: Payload
const ids: Record<'country' | 'draftArticle' | 'goneObservation' | 'publishedArticle' | 'sourcedObservation', number> =
  {} as never

type Probe = { name: string; run: () => Promise<{ isOk: boolean; payload: unknown }> }

const rest = async (path: string) => {
  const response = await restRequest(null, 'GET', path)
  return { isOk: response.status === 200, payload: response.body }
}
const gql = async (query: string) => {
  const response = await graphqlRequest(null, query)
  return { isOk: !response.errors, payload: response }
}

const probes = (): Probe[] => [
  { name: 'REST article list', run: () => rest('/articles?limit=100&depth=2') },
  { name: 'REST article list with draft=true', run: () => rest('/articles?limit=100&depth=2&draft=true') },
  { name: 'REST where on the draft title', run: () => rest('/articles?where[title][like]=LEAKDRAFTTITLE&draft=true') },
  { name: 'REST where on the draft slug', run: () => rest('/articles?where[slug][equals]=leakdrafttitle-article') },
  { name: 'REST country by ID with draft=true', run: () => rest(`/countries/${ids.country}?draft=true&depth=2`) },
  { name: 'REST country list at depth 2', run: () => rest('/countries?limit=200&depth=2') },
  {
    name: 'REST where on the pending capital',
    run: () => rest('/countries?where[capital][equals]=LEAKPENDINGCAPITAL&draft=true'),
  },
  { name: 'REST published article populating countries', run: () => rest(`/articles/${ids.publishedArticle}?depth=2`) },
  {
    name: 'REST published observation populating its draft source article',
    run: () => rest(`/observations/${ids.sourcedObservation}?depth=2&draft=true`),
  },
  { name: 'REST observation list with draft=true', run: () => rest('/observations?limit=200&depth=1&draft=true') },
  {
    name: 'REST where on the unpublished subject',
    run: () => rest('/observations?where[subject][like]=LEAKUNPUBLISHED&draft=true'),
  },
  {
    name: 'REST versions of the pending country',
    run: async () => {
      const response = await restRequest(null, 'GET', `/countries/versions?where[parent][equals]=${ids.country}`)
      // Readers may not list versions at all: a refusal is the right answer here.
      return { isOk: response.status === 403, payload: response.body }
    },
  },
  {
    name: 'GraphQL lists with draft: true',
    run: () =>
      gql(`{
        Articles(draft: true, limit: 100) { docs { title dek slug countries { capital } } }
        Countries(draft: true, limit: 200) { docs { name capital } }
        Observations(draft: true, limit: 200) { docs { subject note source { article { title dek } } } }
      }`),
  },
  {
    name: 'GraphQL where on draft-only values',
    run: () =>
      gql(`{
        Articles(draft: true, where: { title: { like: "LEAKDRAFTTITLE" } }) { totalDocs docs { title } }
        Countries(draft: true, where: { capital: { equals: "LEAKPENDINGCAPITAL" } }) { totalDocs docs { capital } }
        Observations(draft: true, where: { subject: { like: "LEAKUNPUBLISHED" } }) { totalDocs docs { subject } }
      }`),
  },
  {
    name: 'GraphQL documents by ID with depth',
    run: () =>
      gql(`{
        Country(id: ${JSON.stringify(ids.country)}, draft: true) { capital }
        Article(id: ${JSON.stringify(ids.publishedArticle)}, draft: true) { countries { capital } }
        Observation(id: ${JSON.stringify(ids.sourcedObservation)}, draft: true) { source { article { title dek } } }
      }`),
  },
]

beforeAll(async () => {
  payload = await getPayload({ config })
  payload.logger.level = 'warn'
  await createUser(payload, 'admin')
  const editor = await createUser(payload, 'editor')
  const analyst = await createUser(payload, 'analyst')
  const country = await createCountry(payload, { capital: 'Astana', name: 'Leakistan' })
  const indicator = await createIndicator(payload)
  const author = await payload.create({
    collection: 'authors',
    data: { _status: 'published', name: 'Leak Author', user: analyst.id },
  })
  ids.country = country.id

  const draftArticle = await payload.create({
    collection: 'articles',
    data: {
      authors: [author.id],
      body: paragraph('LEAKDRAFTBODY is only in the draft.'),
      countries: [country.id],
      dek: 'LEAKDRAFTDEK never published.',
      slug: 'leakdrafttitle-article',
      title: 'LEAKDRAFTTITLE article',
    },
    draft: true,
    overrideAccess: false,
    user: actor(analyst),
  })
  ids.draftArticle = draftArticle.id

  ids.publishedArticle = (
    await payload.create({
      collection: 'articles',
      data: {
        _status: 'published',
        authors: [author.id],
        body: paragraph('Published text.'),
        countries: [country.id],
        dek: 'A published article about Leakistan.',
        section: 'analysis',
        title: 'Published Leakistan article',
      },
    })
  ).id

  await payload.update({
    collection: 'countries',
    data: { capital: 'LEAKPENDINGCAPITAL' },
    id: country.id,
    overrideAccess: false,
    user: actor(analyst),
  })
  await submitForReview({ collection: 'countries', id: country.id, payload, user: actor(analyst) })

  const observationData = {
    country: country.id,
    indicator: indicator.id,
    period: { kind: 'year' as const, year: 2021 },
    qualifier: 'actual' as const,
    value: 42,
  }
  ids.goneObservation = (
    await payload.create({
      collection: 'observations',
      data: {
        ...observationData,
        _status: 'published',
        note: 'LEAKUNPUBLISHEDSUBJECT note',
        source: { url: 'https://example.org/a' },
        subject: 'LEAKUNPUBLISHEDSUBJECT project',
      },
    })
  ).id
  await transitionDocument({
    action: 'unpublish',
    collection: 'observations',
    id: ids.goneObservation,
    payload,
    user: actor(editor),
  })

  ids.sourcedObservation = (
    await payload.create({
      collection: 'observations',
      data: {
        ...observationData,
        _status: 'published',
        source: { article: draftArticle.id, footnote: '1' },
        subject: 'Sourced from a draft',
      },
    })
  ).id
})

afterAll(async () => {
  await payload.destroy()
})

describe('nothing unpublished reaches readers through the APIs', () => {
  it('should set up what must not leak', async () => {
    const pending = await payload.findByID({ collection: 'countries', draft: true, id: ids.country })
    expect(pending).toMatchObject({ capital: 'LEAKPENDINGCAPITAL', workflowStatus: 'in_review' })
    expect((await payload.findByID({ collection: 'observations', id: ids.goneObservation }))._status).toBe('draft')
  })

  it('should still serve the published versions', async () => {
    const { payload: country } = await rest(`/countries/${ids.country}?depth=0`)
    expect(country).toMatchObject({ capital: 'Astana' })
    const { payload: observation } = await rest(`/observations/${ids.sourcedObservation}?depth=1`)
    // A relationship to a document readers may not see stays an unpopulated ID.
    expect((observation as { source: { article: unknown } }).source.article).toBe(ids.draftArticle)
    const { payload: article } = await rest(`/articles/${ids.publishedArticle}?depth=1`)
    expect((article as { countries: { name: string }[] }).countries[0].name).toBe('Leakistan')
  })

  it('should refuse the draft-only article and the unpublished observation by ID', async () => {
    for (const path of [
      `/articles/${ids.draftArticle}`,
      `/articles/${ids.draftArticle}?draft=true`,
      `/observations/${ids.goneObservation}?draft=true`,
    ]) {
      const response = await restRequest(null, 'GET', path)
      expect(response.status, path).toBe(404)
    }
    const { data } = await graphqlRequest(
      null,
      `{ Article(id: ${JSON.stringify(ids.draftArticle)}, draft: true) { title } }`,
    )
    expect(data?.Article ?? null).toBeNull()
  })

  it('should give anonymous readers no API to the figure revision log', async () => {
    expect((await restRequest(null, 'GET', '/figure-revisions')).status).toBe(403)
    const { data } = await graphqlRequest(null, '{ FigureRevisions { docs { value reason approverName } } }')
    expect(data?.FigureRevisions ?? null).toBeNull()
  })

  it('should give anonymous readers no API to the stale-number flags', async () => {
    expect((await restRequest(null, 'GET', '/stale-quotes')).status).toBe(403)
    const { data } = await graphqlRequest(null, '{ StaleQuotes { docs { sentence oldText newText } } }')
    expect(data?.StaleQuotes ?? null).toBeNull()
  })

  it('should keep the revision log of an unpublished figure off its page', async () => {
    expect(await getFigureHistory(String(ids.goneObservation))).toBeNull()
    expect(await getFigureHistory(String(ids.sourcedObservation))).toMatchObject({
      log: [expect.objectContaining({ kind: 'published', value: 42 })],
    })
  })

  for (const probe of probes()) {
    it(`should not reveal drafts through ${probe.name}`, async () => {
      const { isOk, payload: body } = await probe.run()
      expect(isOk, JSON.stringify(body).slice(0, 400)).toBe(true)
      const text = JSON.stringify(body)
      expect(SECRETS.filter((secret) => text.includes(secret))).toEqual([])
    })
  }
})
