import type { APIRequestContext, APIResponse, TestInfo } from '@playwright/test'

import { expect, test as base } from '@playwright/test'

import { DEMO_BYLINES } from '@/seed/users'

import { countryCodeTakenOn, nextCountryCode } from './helpers/countryCodes'
import { DEMO, signedInClient } from './helpers/login'
import { publishThroughWorkflow } from './helpers/workflow'

type Credentials = { email: string; password: string }

type Status = 'draft' | 'published'

export type TestCountry = { capital: null | string; id: number; iso3: string; name: string; path: string; slug: string }

export type TestArticle = { id: number; path: string; slug: string; title: string }

export type TestObservation = { id: number; title: string; value: number }

export type TestEvent = { id: number; location: string; title: string }

type Factory<Options, Doc> = { create: (options?: Options) => Promise<Doc> }

/** The byline the demo analyst writes under: analysts edit only articles that carry it. */
const ANALYST_BYLINE = Object.keys(DEMO_BYLINES).find((slug) => DEMO_BYLINES[slug] === DEMO.analyst.email)!

let suffixCount = 0

/** A suffix no other test of the run has: worker, time, and a count within the worker. */
export const uniqueSuffix = (testInfo: Pick<TestInfo, 'workerIndex'>) =>
  `${testInfo.workerIndex}-${Date.now().toString(36)}-${(suffixCount += 1)}`

/** A Tiptap document of one paragraph, as rich-text fields (an article's body) store it. */
export const paragraph = (text: string) => ({
  content: [{ content: [{ text, type: 'text' }], type: 'paragraph' }],
  type: 'doc',
})

const docOf = async (response: APIResponse) => {
  expect(response.ok(), await response.text()).toBe(true)
  return ((await response.json()) as { doc: { id: number; slug?: string; title?: string } }).doc
}

/** The first document `path` lists, or a failed test naming the path. */
export const firstDoc = async (client: APIRequestContext, path: string) => {
  const response = await client.get(path)
  expect(response.ok(), await response.text()).toBe(true)
  const { docs } = (await response.json()) as {
    docs: ({ id: number; slug: string; title: string } & Record<string, unknown>)[]
  }
  expect(docs, `nothing at ${path}`).not.toHaveLength(0)
  return docs[0]
}

type Fixtures = {
  /** The demo admin, signed in over the API. */
  admin: APIRequestContext
  /** The demo analyst, signed in over the API. */
  analyst: APIRequestContext
  /** Published (by default) articles under the analyst's byline, written by `author`. */
  articles: Factory<
    {
      author?: 'analyst' | 'editor'
      /** Text of a one-paragraph body, or a whole rich-text document. */
      body?: Record<string, unknown> | string
      countries?: number[]
      status?: Status
      title?: string
    },
    TestArticle
  >
  /** Countries with a collision-free ISO3 code (helpers/countryCodes.ts), published by default. */
  countries: Factory<{ capital?: string; name?: string; status?: Status }, TestCountry>
  /** The demo editor, signed in over the API. */
  editor: APIRequestContext
  /** Events, published by default. */
  events: Factory<{ location?: string; status?: Status; title?: string }, TestEvent>
  /** Observations of `indicator` (a slug) for `country`, published by default. */
  observations: Factory<
    {
      country: number
      indicator: string
      partner?: number
      qualifier?: 'actual' | 'estimate'
      status?: Status
      subject?: string
      value: number
      year?: number
    },
    TestObservation
  >
  /** Another editor, so that the four-eyes rule lets one editor publish what the other wrote. */
  secondEditor: APIRequestContext
  /** Records a document to delete after the test; the factories call it for what they create. */
  track: (collection: string, id: number) => void
}

type WorkerFixtures = { secondEditorAccount: Credentials }

/**
 * Tests own their data (cal.com's fixtures): the factories create what a test changes, with names
 * unique in the run, and delete it after the test, as the admin and past any document lock a test
 * left in the admin. Seeded content is for reading only (e2e/seeded-content.setup.ts checks).
 * Writing is done by `editor` (or `analyst`) and publishing by `secondEditor`: four eyes.
 */
export const test = base.extend<Fixtures, WorkerFixtures>({
  admin: async ({ baseURL, playwright }, provide) => {
    const client = await signedInClient(playwright.request, { baseURL, credentials: DEMO.admin })
    await provide(client)
    await client.dispose()
  },
  analyst: async ({ baseURL, playwright }, provide) => {
    const client = await signedInClient(playwright.request, { baseURL, credentials: DEMO.analyst })
    await provide(client)
    await client.dispose()
  },
  articles: async ({ analyst, editor, secondEditor, track }, provide, testInfo) => {
    const byline = await firstDoc(editor, `/api/authors?where[slug][equals]=${ANALYST_BYLINE}&depth=0`)
    await provide({
      create: async ({ author = 'analyst', body, countries = [], status = 'published', title } = {}) => {
        const suffix = uniqueSuffix(testInfo)
        const fullTitle = `${title ?? 'Test article'} ${suffix}`
        const doc = await docOf(
          await (author === 'analyst' ? analyst : editor).post('/api/articles?draft=true', {
            data: {
              authors: [byline.id],
              body: typeof body === 'object' ? body : paragraph(body ?? `${fullTitle} body text.`),
              countries,
              dek: `${fullTitle} dek.`,
              slug: `test-article-${suffix}`,
              title: fullTitle,
            },
          }),
        )
        track('articles', doc.id)
        if (status === 'published') {
          await publishThroughWorkflow(secondEditor, 'articles', doc.id)
        }
        return { id: doc.id, path: `/articles/${doc.slug}`, slug: doc.slug!, title: fullTitle }
      },
    })
  },
  countries: async ({ admin, editor, secondEditor, track }, provide, testInfo) => {
    await provide({
      create: async ({ capital, name, status = 'published' } = {}) => {
        const iso3 = await nextCountryCode({ isTaken: countryCodeTakenOn(admin), workerIndex: testInfo.workerIndex })
        const suffix = `${iso3.toLowerCase()}-${uniqueSuffix(testInfo)}`
        const fullName = `${name ?? 'Test Republic'} ${suffix}`
        const doc = await docOf(
          await editor.post('/api/countries?draft=true', {
            data: {
              capital: capital ?? null,
              iso3,
              kind: 'state',
              name: fullName,
              region: 'other',
              slug: `test-country-${suffix}`,
            },
          }),
        )
        track('countries', doc.id)
        if (status === 'published') {
          await publishThroughWorkflow(secondEditor, 'countries', doc.id)
        }
        return {
          capital: capital ?? null,
          id: doc.id,
          iso3,
          name: fullName,
          path: `/countries/${doc.slug}`,
          slug: doc.slug!,
        }
      },
    })
  },
  editor: async ({ baseURL, playwright }, provide) => {
    const client = await signedInClient(playwright.request, { baseURL, credentials: DEMO.editor })
    await provide(client)
    await client.dispose()
  },
  events: async ({ editor, secondEditor, track }, provide, testInfo) => {
    await provide({
      create: async ({ location = 'Astana', status = 'published', title } = {}) => {
        const fullTitle = `${title ?? 'Test summit'} ${uniqueSuffix(testInfo)}`
        const doc = await docOf(
          await editor.post('/api/events?draft=true', {
            data: { date: '2025-05-01', datePrecision: 'day', kind: 'summit', location, title: fullTitle },
          }),
        )
        track('events', doc.id)
        if (status === 'published') {
          await publishThroughWorkflow(secondEditor, 'events', doc.id)
        }
        return { id: doc.id, location, title: fullTitle }
      },
    })
  },
  observations: async ({ editor, secondEditor, track }, provide, testInfo) => {
    await provide({
      create: async (options) => {
        const {
          country,
          indicator,
          partner,
          qualifier = 'actual',
          status = 'published',
          subject,
          value,
          year = 2019,
        } = options!
        const indicatorDoc = await firstDoc(editor, `/api/indicators?where[slug][equals]=${indicator}&depth=0`)
        const doc = await docOf(
          await editor.post('/api/observations?draft=true', {
            data: {
              country,
              indicator: indicatorDoc.id,
              partner: partner ?? null,
              period: { kind: 'year', year },
              qualifier,
              source: { url: `https://example.org/test-${uniqueSuffix(testInfo)}` },
              subject: subject ?? null,
              value,
            },
          }),
        )
        track('observations', doc.id)
        if (status === 'published') {
          await publishThroughWorkflow(secondEditor, 'observations', doc.id)
        }
        return { id: doc.id, title: doc.title!, value }
      },
    })
  },
  secondEditor: async ({ baseURL, playwright, secondEditorAccount }, provide) => {
    const client = await signedInClient(playwright.request, { baseURL, credentials: secondEditorAccount })
    await provide(client)
    await client.dispose()
  },
  secondEditorAccount: [
    async ({ playwright }, provide, workerInfo) => {
      const { baseURL } = workerInfo.project.use
      const admin = await signedInClient(playwright.request, { baseURL, credentials: DEMO.admin })
      const credentials = {
        email: `second-editor-${workerInfo.workerIndex}-${Date.now().toString(36)}@crossroads.example`,
        password: 'crossroads-second-editor',
      }
      const user = await docOf(
        await admin.post('/api/users', { data: { ...credentials, name: 'Sasha Second-Editor', role: 'editor' } }),
      )
      await provide(credentials)
      expect((await admin.delete(`/api/users/${user.id}`)).ok(), 'deleting the second editor').toBe(true)
      await admin.dispose()
    },
    { scope: 'worker' },
  ],
  track: async ({ admin }, provide) => {
    const documents: { collection: string; id: number }[] = []
    await provide((collection, id) => {
      documents.push({ collection, id })
    })
    // Newest first: an observation goes before the country it refers to.
    for (const { collection, id } of documents.reverse()) {
      const response = await admin.delete(`/api/${collection}/${id}?overrideLock=true`)
      // 404: the test deleted it itself.
      expect([200, 404], `deleting ${collection} ${id}: ${await response.text()}`).toContain(response.status())
    }
  },
})

export { expect }
