import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, Indicator, Observation, User } from '@/payload-types'

import { createArticleDraft } from '@/lib/import/article/server'
import { guessMapping } from '@/lib/import/observations/columns'
import { csvToTable } from '@/lib/import/observations/parseTable'
import { applyObservationImport, dryRunObservationImport } from '@/lib/import/observations/server'
import { writeObservation } from '@/lib/import/observations/write'
import { ImportRolledBackError } from '@/lib/import/rollback'
import { createCountry, createIndicator, createUser } from '@/tests/helpers/fixtures'
import { createTestPayload } from '@/tests/helpers/payload'

/**
 * Issue #14 item 7: a failed import's rollback removes only what that import wrote. Each test makes
 * the import fail midway (an injected failure) after a colleague's save landed between the
 * import's writes, and checks that the colleague's work survives and the import's own writes are gone.
 */
let payload: Payload
let analyst: User
let editor: User
let country: Country
let indicator: Indicator

const SOURCE = 'https://stat.example.org/rollback'

const asEditor = () => ({ overrideAccess: false, user: { ...editor, collection: 'users' as const } })

const latestDraft = async (id: number | string) =>
  payload.findByID({ collection: 'observations', depth: 0, draft: true, id }) as Promise<Observation>

const versionsOf = async (id: number | string) =>
  (
    await payload.db.findVersions({
      collection: 'observations',
      limit: 0,
      pagination: false,
      where: { parent: { equals: id } },
    })
  ).docs

const exists = async (collection: 'articles' | 'authors' | 'observations', id: number | string) =>
  (await payload.db.count({ collection, where: { id: { equals: id } } })).totalDocs === 1

beforeAll(async () => {
  payload = await createTestPayload()
  await createUser(payload, 'admin')
  analyst = await createUser(payload, 'analyst')
  editor = await createUser(payload, 'editor')
  country = await createCountry(payload)
  indicator = await createIndicator(payload, { name: 'Rollback capacity', slug: 'rollback-capacity', unit: 'MW' })
  await payload.create({
    collection: 'authors',
    data: { _status: 'published', name: 'Rollback Analyst', user: analyst.id },
  })
})

afterAll(async () => {
  await payload.destroy()
})

describe('a failed observation import with a colleague saving meanwhile', () => {
  it("should undo only the import's writes and keep the colleague's drafts and documents", async () => {
    const published: Observation[] = []
    for (const year of [2001, 2002]) {
      published.push(
        await payload.create({
          collection: 'observations',
          data: {
            _status: 'published',
            country: country.id,
            indicator: indicator.id,
            period: { kind: 'year', year },
            qualifier: 'actual',
            source: { url: SOURCE },
            value: year,
          },
        }),
      )
    }
    const csv = [
      'indicator,country,period,value,source url',
      `rollback-capacity,${country.iso3},2003,3,${SOURCE}`, // created, then edited by the colleague
      `rollback-capacity,${country.iso3},2004,4,${SOURCE}`, // created, untouched
      `rollback-capacity,${country.iso3},2001,11,${SOURCE}`, // changed, then edited by the colleague
      `rollback-capacity,${country.iso3},2002,22,${SOURCE}`, // the write that fails
    ].join('\n')
    const table = csvToTable(csv)
    const mapping = guessMapping(table.headers)
    const { existing, plan } = await dryRunObservationImport({ mapping, payload, table, user: analyst })
    expect([plan.create.length, plan.update.length]).toEqual([2, 2])

    const written: (number | string)[] = []
    let colleagueDoc: Observation | undefined
    const writeWithColleague: typeof writeObservation = async (args) => {
      if (written.length === 3) {
        // Between the import's writes: the editor corrects the imported 2003 value and the changed
        // 2001 value in new drafts, and records an observation of their own.
        await payload.update({
          ...asEditor(),
          collection: 'observations',
          data: { value: 33 },
          draft: true,
          id: written[0],
        })
        await payload.update({
          ...asEditor(),
          collection: 'observations',
          data: { value: 111 },
          draft: true,
          id: written[2],
        })
        colleagueDoc = await payload.create({
          ...asEditor(),
          collection: 'observations',
          data: {
            country: country.id,
            indicator: indicator.id,
            period: { kind: 'year', year: 2005 },
            qualifier: 'actual',
            source: { url: SOURCE },
            value: 5,
          },
          draft: true,
        })
        throw new Error('injected failure')
      }
      const id = await writeObservation(args)
      written.push(id)
      return id
    }
    const failure = await applyObservationImport({
      existing,
      mapping,
      payload,
      plan,
      useBulkInsert: false,
      user: analyst,
      write: writeWithColleague,
    }).catch((error: unknown) => error)

    expect(failure).toBeInstanceOf(ImportRolledBackError)
    const [editedNew, untouchedNew, editedChanged] = written
    expect((failure as ImportRolledBackError).notUndone.map((item) => item.id).sort()).toEqual(
      [editedNew, editedChanged].sort(),
    )
    expect((failure as ImportRolledBackError).message).toContain('injected failure')
    // The colleague's work is there, as they saved it.
    expect((await latestDraft(editedNew)).value).toBe(33)
    expect((await latestDraft(editedChanged)).value).toBe(111)
    expect((await latestDraft(colleagueDoc!.id)).value).toBe(5)
    expect((await payload.findByID({ collection: 'observations', depth: 0, id: published[0].id })).value).toBe(2001)
    // The import's own writes that nobody touched are gone.
    expect(await exists('observations', untouchedNew)).toBe(false)
    expect(await versionsOf(untouchedNew)).toEqual([])
    expect((await latestDraft(published[1].id)).value).toBe(2002)
    const { totalDocs: submissionsLeft } = await payload.count({
      collection: 'workflow-events',
      where: { documentId: { equals: String(untouchedNew) } },
    })
    expect(submissionsLeft).toBe(0)
  })
})

describe('a failed article import with a colleague saving meanwhile', () => {
  it("should keep the article a colleague edited and cited, and remove the import's untouched observation", async () => {
    const body = {
      content: [{ content: [{ text: 'Capacity reached 7 MW.', type: 'text' }], type: 'paragraph' }],
      type: 'doc',
    }
    const figure = (year: string, value: number) => ({
      country: country.id,
      footnote: null,
      indicator: indicator.id,
      partner: null,
      period: year,
      qualifier: 'actual' as const,
      unit: 'MW',
      value,
    })
    const writes: (number | string)[] = []
    let colleagueObservation: Observation | undefined
    let articleId: number | string | undefined
    const writeWithColleague: typeof writeObservation = async (args) => {
      if (writes.length === 1) {
        articleId = args.operation === 'create' ? (args.data.source.article ?? undefined) : undefined
        // The editor fixes the new draft's title and cites the article in an observation of their own.
        await payload.update({
          ...asEditor(),
          collection: 'articles',
          data: { title: 'Capacity, corrected by the editor' },
          draft: true,
          id: articleId!,
        })
        colleagueObservation = (await payload.create({
          ...asEditor(),
          collection: 'observations',
          data: {
            country: country.id,
            indicator: indicator.id,
            period: { kind: 'year', year: 2011 },
            qualifier: 'actual',
            source: { article: articleId },
            value: 11,
          },
          draft: true,
        } as never)) as Observation
        throw new Error('injected failure')
      }
      const id = await writeObservation(args)
      writes.push(id)
      return id
    }
    const failure = await createArticleDraft({
      payload,
      request: {
        authors: ['Rollback Analyst', 'New Rollback Writer'],
        body,
        dek: 'Capacity in a synthetic year.',
        figures: [figure('2009', 7), figure('2010', 8)],
        mentions: [],
        notes: [],
        title: 'Capacity in a synthetic year',
      },
      user: analyst,
      write: writeWithColleague,
    }).catch((error: unknown) => error)

    expect(failure).toBeInstanceOf(ImportRolledBackError)
    expect((failure as ImportRolledBackError).notUndone.map((item) => item.collection).sort()).toEqual([
      'articles',
      'authors',
    ])
    const article = await payload.findByID({ collection: 'articles', depth: 0, draft: true, id: articleId! })
    expect(article.title).toBe('Capacity, corrected by the editor')
    expect(await exists('observations', colleagueObservation!.id)).toBe(true)
    expect(await exists('observations', writes[0])).toBe(false)
  })
})
