import type { Payload } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, Indicator, Observation, User } from '@/payload-types'

import { publishScheduledChange } from '@/lib/workflow/scheduledPublication'
import { submitForReview, transitionDocument } from '@/lib/workflow/transitions'
import { actor, as } from '@/tests/helpers/actors'
import { createCountry, createIndicator, createUser } from '@/tests/helpers/fixtures'
import { graphqlRequest, restRequest } from '@/tests/helpers/inProcessApi'

/**
 * Anomaly gates and partial approval (issue #16, parts 1 and 2) through every door: the transition
 * functions, the batch endpoint, REST, GraphQL and the scheduled publication, as each role.
 */
const PASSWORD = 'test-password-1'

let payload: Payload
let analyst: User
let editor: User
let country: Country
let partner: Country
let indicator: Indicator
const tokens: Record<'analyst' | 'editor', string> = { analyst: '', editor: '' }

const login = async (user: User) =>
  (await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).token ?? ''

const source = { url: 'https://stat.example.org/series' }

/** Flagged figures that get published go in a series of their own, so they do not become neighbours. */
const apart = { subject: 'Published slips' }

/** A published figure of the test series (server code, as the seed writes them). */
const publishedFigure = (year: number, value: number, over: Partial<Observation> = {}) =>
  payload.create({
    collection: 'observations',
    data: {
      _status: 'published',
      country: country.id,
      indicator: indicator.id,
      period: { kind: 'year', year },
      qualifier: 'actual',
      source,
      value,
      ...over,
    },
  })

/** An analyst's figure, submitted for review. */
const submittedFigure = async (year: number, value: number, over: Partial<Observation> = {}) => {
  const doc = await payload.create({
    collection: 'observations',
    data: {
      country: country.id,
      indicator: indicator.id,
      period: { kind: 'year', year },
      qualifier: 'actual',
      source,
      value,
      ...over,
    },
    draft: true,
    ...as(analyst),
  })
  await submitForReview({ collection: 'observations', id: doc.id, payload, user: actor(analyst) })
  return doc
}

/** GraphQL types ids as the database does: integers on SQLite, strings on MongoDB. */
const graphqlIdType = (id: number | string) => (typeof id === 'number' ? 'Int!' : 'String!')

const draftOf = (id: number) =>
  payload.findByID({ collection: 'observations', draft: true, id, overrideAccess: true }) as Promise<Observation>
const liveOf = (id: number) => payload.findByID({ collection: 'observations', id, overrideAccess: true })

beforeAll(async () => {
  payload = await getPayload({ config })
  // The first account ever created becomes an admin.
  await createUser(payload, 'admin')
  analyst = await createUser(payload, 'analyst')
  editor = await createUser(payload, 'editor')
  tokens.analyst = await login(analyst)
  tokens.editor = await login(editor)
  country = await createCountry(payload)
  partner = await createCountry(payload)
  indicator = await createIndicator(payload, { kind: 'bilateral' })
  for (const [year, value] of [
    [2019, 100],
    [2020, 110],
    [2021, 120],
  ]) {
    await publishedFigure(year, value)
  }
})

afterAll(async () => {
  await payload.destroy()
})

describe('anomaly scoring on save', () => {
  it('should store a scale-slip flag and score on a figure a thousand times its neighbours', async () => {
    const slip = await submittedFigure(2022, 125_000)
    const stored = await draftOf(slip.id)
    expect(stored.anomaly?.isFlagged).toBe(true)
    expect((stored.anomaly?.flags as { code: string }[]).map((flag) => flag.code)).toEqual(['scaleSlip'])
    expect(stored.anomaly?.score).toBeGreaterThan(0)
  })

  it('should leave a figure in line with its series unflagged', async () => {
    const fine = await submittedFigure(2023, 130)
    const stored = await draftOf(fine.id)
    expect(stored.anomaly).toMatchObject({ flags: [], isFlagged: false, score: 0 })
  })

  it('should flag a bilateral figure far from the partner report for the same period', async () => {
    await publishedFigure(2021, 40, { country: partner.id, partner: country.id })
    const figure = await submittedFigure(2021, 125, {
      partner: partner.id,
    })
    const stored = await draftOf(figure.id)
    expect((stored.anomaly?.flags as { code: string }[]).map((flag) => flag.code)).toContain('mirrorGap')
  })

  it('should ignore anomaly values a request sends', async () => {
    const figure = await payload.create({
      collection: 'observations',
      data: {
        anomaly: { flags: [], isFlagged: false, score: 0 },
        country: country.id,
        indicator: indicator.id,
        period: { kind: 'year', year: 2018 },
        qualifier: 'actual',
        source,
        value: 0.1,
      },
      draft: true,
      ...as(analyst),
    })
    expect((await draftOf(figure.id)).anomaly?.isFlagged).toBe(true)
  })
})

describe('the anomaly gate', () => {
  it('should refuse to approve a flagged figure without a reason, naming the flags', async () => {
    const slip = await submittedFigure(2024, 140_000)
    await expect(
      transitionDocument({ action: 'approve', collection: 'observations', id: slip.id, payload, user: actor(editor) }),
    ).rejects.toThrow(/flagged \(Likely scale slip\): give a “Reason for this change”/)
    expect((await liveOf(slip.id))._status).toBe('draft')
  })

  it('should refuse to approve a flagged figure for later without a reason', async () => {
    const slip = await submittedFigure(2025, 150_000)
    await expect(
      transitionDocument({
        action: 'approve',
        collection: 'observations',
        id: slip.id,
        payload,
        publishAt: new Date(Date.now() + 3_600_000).toISOString(),
        user: actor(editor),
      }),
    ).rejects.toThrow(/Reason for this change/)
    expect((await draftOf(slip.id)).workflowStatus).toBe('in_review')
  })

  it('should refuse a scheduled publication of a flagged figure that has no reason', async () => {
    const slip = await submittedFigure(2026, 160_000)
    // Marked approved for a time behind the transitions' back: the database guard still refuses.
    await payload.update({
      collection: 'observations',
      context: {
        workflowTransition: {
          action: 'approve',
          from: 'in_review',
          scheduledPublishAt: '2030-01-01T00:00:00.000Z',
          to: 'approved',
        },
      },
      data: {},
      draft: true,
      id: slip.id,
      overrideAccess: true,
    })
    await expect(
      publishScheduledChange(payload, {
        approvedBy: String(editor.id),
        collection: 'observations',
        docId: String(slip.id),
        publishAt: '2030-01-01T00:00:00.000Z',
      }),
    ).rejects.toThrow(/flagged/)
    expect((await liveOf(slip.id))._status).toBe('draft')
  })

  it('should refuse an editor publishing a flagged figure over REST with _status published', async () => {
    const slip = await submittedFigure(2027, 170_000)
    const response = await restRequest(tokens.editor, 'PATCH', `/observations/${slip.id}`, { _status: 'published' })
    expect(response.status).not.toBe(200)
    expect((await liveOf(slip.id))._status).toBe('draft')
  })

  it('should approve a flagged figure once a reason is given', async () => {
    const slip = await submittedFigure(2028, 180_000, apart)
    await payload.update({
      collection: 'observations',
      data: { changeReason: 'The source now reports thousands of USD.' },
      draft: true,
      id: slip.id,
      ...as(analyst),
    })
    await transitionDocument({
      action: 'approve',
      collection: 'observations',
      id: slip.id,
      payload,
      user: actor(editor),
    })
    const live = await liveOf(slip.id)
    expect(live).toMatchObject({
      _status: 'published',
      changeReason: 'The source now reports thousands of USD.',
      value: 180_000,
    })
  })

  it('should not let the reason given for one value excuse a later change', async () => {
    const slip = await submittedFigure(2029, 190_000)
    await payload.update({
      collection: 'observations',
      data: { changeReason: 'The source now reports thousands of USD.' },
      draft: true,
      id: slip.id,
      ...as(analyst),
    })
    await payload.update({ collection: 'observations', data: { value: 195_000 }, draft: true, id: slip.id, ...as(analyst) })
    expect((await draftOf(slip.id)).changeReason ?? null).toBeNull()
    await expect(
      transitionDocument({ action: 'approve', collection: 'observations', id: slip.id, payload, user: actor(editor) }),
    ).rejects.toThrow(/flagged/)

    await payload.update({
      collection: 'observations',
      data: { changeReason: 'Thousands in the revised table.', value: 195_000 },
      draft: true,
      id: slip.id,
      ...as(analyst),
    })
    expect((await draftOf(slip.id)).changeReason).toBe('Thousands in the revised table.')
  })
})

describe('partial approval (POST /api/observations/workflow/batch)', () => {
  it('should approve some figures, send one back with its comment and touch nothing else', async () => {
    const a = await submittedFigure(2030, 100)
    const b = await submittedFigure(2031, 105)
    const slip = await submittedFigure(2032, 110_000)
    const untouched = await submittedFigure(2033, 112)
    const response = await restRequest(tokens.editor, 'POST', '/observations/workflow/batch', {
      approve: [a.id, b.id],
      requestChanges: [{ comment: 'Thousands, not units? Check the source table.', id: slip.id }],
    })
    expect(response.status).toBe(200)
    expect((await liveOf(a.id))._status).toBe('published')
    expect((await liveOf(b.id))._status).toBe('published')
    const sentBack = await draftOf(slip.id)
    expect(sentBack).toMatchObject({
      _status: 'draft',
      reviewComment: 'Thousands, not units? Check the source table.',
      value: 110_000,
      workflowStatus: 'changes_requested',
    })
    expect((await draftOf(untouched.id)).workflowStatus).toBe('in_review')
    const { docs: audit } = await payload.find({
      collection: 'workflow-events',
      overrideAccess: true,
      where: {
        and: [
          { documentId: { in: [a.id, b.id, slip.id, untouched.id].map(String) } },
          { action: { in: ['approve', 'requestChanges'] } },
        ],
      },
    })
    expect(audit.map((row) => `${row.documentId}:${row.action}`).sort()).toEqual(
      [`${a.id}:approve`, `${b.id}:approve`, `${slip.id}:requestChanges`].sort(),
    )
  })

  it('should change nothing and name each refused item when one is refused', async () => {
    const fine = await submittedFigure(2034, 115)
    const slip = await submittedFigure(2035, 120_000)
    const response = await restRequest(tokens.editor, 'POST', '/observations/workflow/batch', {
      approve: [fine.id, slip.id],
    })
    expect(response.status).toBe(409)
    const refused = ((response.body?.errors as { data?: { refused?: { id: string }[] } }[])[0].data?.refused ?? []).map(
      (item) => item.id,
    )
    expect(refused).toEqual([String(slip.id)])
    expect((await liveOf(fine.id))._status).toBe('draft')
    expect((await draftOf(fine.id)).workflowStatus).toBe('in_review')
  })

  it('should refuse an editor approving their own submission (four eyes)', async () => {
    const own = await payload.create({
      collection: 'observations',
      data: {
        country: country.id,
        indicator: indicator.id,
        period: { kind: 'year', year: 2036 },
        qualifier: 'actual',
        source,
        value: 118,
      },
      draft: true,
      ...as(editor),
    })
    await submitForReview({ collection: 'observations', id: own.id, payload, user: actor(editor) })
    const response = await restRequest(tokens.editor, 'POST', '/observations/workflow/batch', { approve: [own.id] })
    expect(response.status).toBe(409)
    expect(JSON.stringify(response.body)).toMatch(/wrote or submitted|four eyes|your own/i)
    expect((await liveOf(own.id))._status).toBe('draft')
  })

  it('should approve a flagged figure with the reason the editor gives in the batch', async () => {
    const slip = await submittedFigure(2041, 140_000, apart)
    const response = await restRequest(tokens.editor, 'POST', '/observations/workflow/batch', {
      approve: [{ id: slip.id, reason: 'Confirmed with the statistics office: thousands.' }],
    })
    expect(response.status).toBe(200)
    expect(await liveOf(slip.id)).toMatchObject({
      _status: 'published',
      changeReason: 'Confirmed with the statistics office: thousands.',
    })
  })

  it('should refuse an analyst with 403 and anonymous with 401, changing nothing', async () => {
    const figure = await submittedFigure(2037, 119)
    const byAnalyst = await restRequest(tokens.analyst, 'POST', '/observations/workflow/batch', {
      approve: [figure.id],
    })
    const byAnonymous = await restRequest(null, 'POST', '/observations/workflow/batch', { approve: [figure.id] })
    expect(byAnalyst.status).toBe(403)
    expect(byAnonymous.status).toBe(401)
    expect((await liveOf(figure.id))._status).toBe('draft')
  })

  it('should refuse an analyst over GraphQL and approve for an editor', async () => {
    const figure = await submittedFigure(2038, 121)
    const mutation = `mutation ($id: String!) { workflowBatch(collection: observations, approve: [$id]) { approved { id to } } }`
    const byAnalyst = await graphqlRequest(tokens.analyst, mutation, { id: String(figure.id) })
    expect(byAnalyst.errors?.length).toBeGreaterThan(0)
    expect((await liveOf(figure.id))._status).toBe('draft')
    const slip = await submittedFigure(2039, 125_000)
    const flagged = await graphqlRequest(tokens.editor, mutation, { id: String(slip.id) })
    expect(JSON.stringify(flagged.errors)).toMatch(/Reason for this change/)
    const byEditor = await graphqlRequest(tokens.editor, mutation, { id: String(figure.id) })
    expect(byEditor.data?.workflowBatch).toEqual({ approved: [{ id: String(figure.id), to: 'published' }] })
  })
})

describe('anomaly fields stay with staff', () => {
  it('should not show anonymous readers the anomaly group over REST or GraphQL', async () => {
    const figure = await publishedFigure(2040, 130, { ...apart, changeReason: 'Demo: a revised series.' })
    const rest = await restRequest(null, 'GET', `/observations/${figure.id}`)
    expect(rest.status).toBe(200)
    expect(rest.body).not.toHaveProperty('anomaly')
    expect(rest.body).not.toHaveProperty('submission')
    const graphql = await graphqlRequest(
      null,
      `query ($id: ${graphqlIdType(figure.id)}) { Observation(id: $id) { value anomaly { isFlagged score flags } } }`,
      {
        id: figure.id,
      },
    )
    expect(graphql.data?.Observation?.value).toBe(130)
    expect(Object.values(graphql.data?.Observation?.anomaly ?? {}).every((value) => value === null)).toBe(true)
    const staff = await restRequest(tokens.editor, 'GET', `/observations/${figure.id}`)
    expect((staff.body?.anomaly as { isFlagged: boolean }).isFlagged).toBe(true)
  })

  it('should not let anonymous readers filter on anomaly fields', async () => {
    const response = await restRequest(null, 'GET', `/observations?where[anomaly.isFlagged][equals]=true&limit=1`)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('cannot be queried')
  })
})

describe('the revision log store and its settings through every door', () => {
  /** A refusal, not a query the schema rejects: the message says so. */
  const firstErrorOf = (response: Awaited<ReturnType<typeof graphqlRequest>>) =>
    (response.errors?.[0] as undefined | { message?: string })?.message ?? ''

  const revisionCount = async () =>
    (await payload.count({ collection: 'figure-revisions', overrideAccess: true })).totalDocs

  it('should let no role write the revision log over REST or GraphQL, and only editors read it', async () => {
    const row = await payload.create({
      collection: 'figure-revisions',
      data: {
        countryId: String(country.id),
        indicatorId: String(indicator.id),
        kind: 'published',
        observationId: '999999',
        publishedAt: new Date().toISOString(),
        value: 1,
      },
      overrideAccess: true,
    })
    const before = await revisionCount()
    const forged = { countryId: '1', indicatorId: '1', kind: 'published', observationId: '1', publishedAt: '2020-01-01' }

    expect((await restRequest(null, 'GET', '/figure-revisions')).status).not.toBe(200)
    expect((await restRequest(tokens.analyst, 'GET', '/figure-revisions')).status).not.toBe(200)
    expect((await restRequest(tokens.editor, 'GET', '/figure-revisions')).status).toBe(200)
    for (const token of [tokens.analyst, tokens.editor]) {
      await restRequest(token, 'POST', '/figure-revisions', forged)
      await restRequest(token, 'PATCH', `/figure-revisions/${row.id}`, { value: 2 })
      await restRequest(token, 'PATCH', `/figure-revisions?where[id][exists]=true`, { value: 3 })
      await restRequest(token, 'DELETE', `/figure-revisions/${row.id}`)
      await restRequest(token, 'DELETE', `/figure-revisions?where[id][exists]=true`)
      for (const mutation of [
        `mutation ($id: ${graphqlIdType(row.id)}) { updateFigureRevision(id: $id, data: { value: 4 }) { id } }`,
        `mutation ($id: ${graphqlIdType(row.id)}) { deleteFigureRevision(id: $id) { id } }`,
      ]) {
        const response = await graphqlRequest(token, mutation, { id: row.id })
        expect(firstErrorOf(response)).toMatch(/not allowed/)
      }
    }
    expect(await revisionCount()).toBe(before)
    expect((await payload.findByID({ collection: 'figure-revisions', id: row.id, overrideAccess: true })).value).toBe(1)
  })

  it('should let only editors choose how approvers are named', async () => {
    await payload.updateGlobal({ data: { revisionApprover: 'role' }, slug: 'site-settings' })
    expect((await restRequest(null, 'GET', '/globals/site-settings')).status).not.toBe(200)
    await restRequest(tokens.analyst, 'POST', '/globals/site-settings', { revisionApprover: 'name' })
    const byAnalyst = await graphqlRequest(
      tokens.analyst,
      `mutation { updateSiteSetting(data: { revisionApprover: "name" }) { revisionApprover } }`,
    )
    expect(firstErrorOf(byAnalyst)).toMatch(/not allowed/)
    expect((await payload.findGlobal({ slug: 'site-settings' })).revisionApprover).toBe('role')
    expect((await restRequest(tokens.editor, 'POST', '/globals/site-settings', { revisionApprover: 'name' })).status).toBe(200)
    expect((await payload.findGlobal({ slug: 'site-settings' })).revisionApprover).toBe('name')
  })
})
