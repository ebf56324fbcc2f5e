import type { Payload } from 'payload'

import { Forbidden } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, Indicator, Observation, User } from '@/payload-types'

import { parseAsOf } from '@/lib/figureRevisions/asOf'
import { comparisonToDownloadRowsWithRevisions, getComparison } from '@/lib/queries/compare'
import { readComparisonRowsAsOf, readRevisionLogs } from '@/lib/queries/figureRevisions'
import { downloadRowsWithRevisionsToCsv } from '@/lib/series/download'
import { approveAndPublish, submitForReview, transitionDocument } from '@/lib/workflow/transitions'
import { actor, as } from '@/tests/helpers/actors'
import { createCountry, createIndicator, createUser } from '@/tests/helpers/fixtures'
import { createTestPayload } from '@/tests/helpers/payload'

import { backfillFigureRevisions } from './backfill'

let payload: Payload
let analyst: User
let editor: User
let country: Country
let partner: Country
let indicator: Indicator

const source = {
  accessed: '2026-01-10T00:00:00.000Z',
  publisher: 'Statistics Office',
  url: 'https://stat.example.org/t',
}

const logOf = async (id: number | string) =>
  (
    await payload.find({
      collection: 'figure-revisions',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      sort: 'publishedAt',
      where: { observationId: { equals: String(id) } },
    })
  ).docs

/** An analyst's draft, submitted and approved by the editor: the workflow path readers' figures take. */
const publishThroughReview = async (id: number, data: Partial<Observation>) => {
  await payload.update({ collection: 'observations', data, draft: true, id, ...as(analyst) })
  await submitForReview({ collection: 'observations', id, payload, user: actor(analyst) })
  await approveAndPublish({ collection: 'observations', id, payload, user: actor(editor) })
}

const createDraft = (year: number, value: number) =>
  payload.create({
    collection: 'observations',
    data: {
      country: country.id,
      indicator: indicator.id,
      partner: partner.id,
      period: { kind: 'year', year },
      source,
      value,
    },
    draft: true,
    ...as(analyst),
  })

/** Moves every row of an observation's log back by `days`, as if it had been written then. */
const backdate = async (id: number | string, days: number) => {
  for (const row of await logOf(id)) {
    const earlier = new Date(Date.parse(row.publishedAt) - days * 86_400_000).toISOString()
    await payload.db.updateOne({ collection: 'figure-revisions', data: { publishedAt: earlier }, id: row.id })
  }
}

beforeAll(async () => {
  payload = await createTestPayload()
  // The first account of a database is made an administrator.
  await createUser(payload, 'admin')
  analyst = await createUser(payload, 'analyst')
  editor = await createUser(payload, 'editor')
  country = await createCountry(payload)
  partner = await createCountry(payload)
  indicator = await createIndicator(payload, { kind: 'bilateral' })
})

afterAll(async () => {
  await payload.destroy()
})

describe('figure revision log', () => {
  it('should record the first publication and a revision with old → new value, reason and approver', async () => {
    const draft = await createDraft(2024, 100)
    expect(await logOf(draft.id)).toHaveLength(0)

    await publishThroughReview(draft.id, {})
    await publishThroughReview(draft.id, { changeReason: 'The statistics office corrected its release.', value: 120 })

    const log = await logOf(draft.id)
    expect(log.map((row) => [row.kind, row.previousValue ?? null, row.value])).toEqual([
      ['published', null, 100],
      ['revised', 100, 120],
    ])
    expect(log[1]).toMatchObject({
      approver: editor.id,
      approverName: editor.name,
      approverRole: 'editor',
      countryId: String(country.id),
      partnerId: String(partner.id),
      periodLabel: '2024',
      reason: 'The statistics office corrected its release.',
    })
  })

  it('should not log drafts, pending changes or a change readers do not see', async () => {
    const draft = await createDraft(2023, 50)
    await payload.update({ collection: 'observations', data: { value: 55 }, draft: true, id: draft.id, ...as(analyst) })
    await submitForReview({ collection: 'observations', id: draft.id, payload, user: actor(analyst) })
    expect(await logOf(draft.id)).toHaveLength(0)

    await approveAndPublish({ collection: 'observations', id: draft.id, payload, user: actor(editor) })
    await payload.update({
      collection: 'observations',
      data: { value: 999 },
      draft: true,
      id: draft.id,
      ...as(analyst),
    })
    const log = await logOf(draft.id)
    expect(log.map((row) => row.value)).toEqual([55])
  })

  it('should log a withdrawal so the figure is gone from later pinned reads', async () => {
    const draft = await createDraft(2022, 70)
    await publishThroughReview(draft.id, {})
    await transitionDocument({
      action: 'unpublish',
      collection: 'observations',
      id: draft.id,
      payload,
      user: actor(editor),
    })
    const log = await logOf(draft.id)
    expect(log.map((row) => row.kind)).toEqual(['published', 'withdrawn'])
    const scope = { countries: [country], indicators: [indicator] }
    const rows = await readComparisonRowsAsOf(payload, scope, new Date(Date.now() + 1000).toISOString())
    expect(rows.map((row) => String(row.id))).not.toContain(String(draft.id))
  })

  it('should read the value published before a later correction when pinned to the day before', async () => {
    const draft = await createDraft(2021, 10)
    await publishThroughReview(draft.id, {})
    await backdate(draft.id, 2)
    await publishThroughReview(draft.id, { changeReason: 'Typo in the first release.', value: 12 })
    const scope = { countries: [country], indicators: [indicator] }
    const dayBefore = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)

    const pinned = await readComparisonRowsAsOf(payload, scope, `${dayBefore}T23:59:59.999Z`)
    const now = await readComparisonRowsAsOf(payload, scope, new Date(Date.now() + 1000).toISOString())

    expect(pinned.find((row) => String(row.id) === String(draft.id))?.value).toBe(10)
    expect(now.find((row) => String(row.id) === String(draft.id))?.value).toBe(12)
  })

  it('should show the earlier value on a comparison pinned to the day before a correction, and both in downloads', async () => {
    const other = await createCountry(payload)
    const draft = await payload.create({
      collection: 'observations',
      data: {
        country: other.id,
        indicator: indicator.id,
        partner: partner.id,
        period: { kind: 'year', year: 2019 },
        source,
        value: 300,
      },
      draft: true,
      ...as(analyst),
    })
    await publishThroughReview(draft.id, {})
    await backdate(draft.id, 3)
    await publishThroughReview(draft.id, { changeReason: 'Re-based series.', value: 310 })
    const selection = { countries: [other.slug!, partner.slug!], indicators: [indicator.slug!] }
    const dayBefore = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
    const id = String(draft.id)

    const current = await getComparison(selection)
    const pinned = await getComparison(selection, parseAsOf(dayBefore))
    const rows = await comparisonToDownloadRowsWithRevisions(current, 'https://crossroads.example')
    const csv = downloadRowsWithRevisionsToCsv(rows)

    expect(current.figures.find((figure) => figure.id === id)).toMatchObject({ revisionCount: 2, value: 310 })
    expect(pinned.figures.find((figure) => figure.id === id)?.value).toBe(300)
    expect(rows.find((row) => row.observation_id === id)?.revisions).toMatchObject([
      { kind: 'published', previous_value: null, value: 300 },
      { kind: 'revised', previous_value: 300, reason: 'Re-based series.', value: 310 },
    ])
    const csvLines = csv.split('\r\n').filter((line) => line.includes(`,${id},`))
    expect(csvLines).toHaveLength(2)
    expect(csvLines[1]).toContain('Re-based series.')
    const pinnedRows = await comparisonToDownloadRowsWithRevisions(pinned, 'https://crossroads.example')
    expect(pinnedRows.find((row) => row.observation_id === id)?.revisions.map((entry) => entry.value)).toEqual([300])
  })

  it('should give readers the log entries with the approver as a role unless editors choose names', async () => {
    const draft = await createDraft(2020, 1)
    await publishThroughReview(draft.id, {})
    const byRole = (await readRevisionLogs(payload, [String(draft.id)])).get(String(draft.id))
    expect(byRole?.[0]).toMatchObject({ approvedBy: 'An editor', kind: 'published', value: 1 })
    expect(JSON.stringify(byRole)).not.toContain(editor.email)
  })

  it('should refuse every API read and write of the store to anonymous readers and analysts', async () => {
    await expect(payload.find({ collection: 'figure-revisions', overrideAccess: false })).rejects.toThrow(Forbidden)
    await expect(payload.find({ collection: 'figure-revisions', ...as(analyst) })).rejects.toThrow(Forbidden)
    await expect(
      payload.create({
        collection: 'figure-revisions',
        data: {
          countryId: '1',
          indicatorId: '1',
          kind: 'published',
          observationId: '1',
          publishedAt: new Date().toISOString(),
        },
        ...as(editor),
      }),
    ).rejects.toThrow(Forbidden)
    const [row] = (await payload.find({ collection: 'figure-revisions', limit: 1, overrideAccess: true })).docs
    await expect(
      payload.update({ collection: 'figure-revisions', data: { value: 1 }, id: row.id, ...as(editor) }),
    ).rejects.toThrow(Forbidden)
    await expect(payload.delete({ collection: 'figure-revisions', id: row.id, ...as(editor) })).rejects.toThrow(
      Forbidden,
    )
  })

  it('should backfill first publications only for a log that is still empty', async () => {
    expect(await backfillFigureRevisions(payload)).toBe(0)
  })
})
