import type { Payload } from 'payload'

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Country, User } from '@/payload-types'

import { loggedEmails } from '@/lib/email/logEmailAdapter'
import { createCountry, createIndicator, createUser } from '@/tests/helpers/fixtures'
import { createTestPayload } from '@/tests/helpers/payload'

import { getReviewItem, getReviewQueue } from './reviewQueue'
import { approveAndPublish, requestChanges, submitForReview, transitionDocument } from './transitions'
import { actor, as } from '@/tests/helpers/actors'

let payload: Payload
let analyst: User
let editor: User

/** The document's workflow history (its creation by the test fixture is left out). */
const auditOf = async (id: number) =>
  (
    await payload.find({
      collection: 'workflow-events',
      overrideAccess: true,
      sort: 'createdAt',
      where: { and: [{ documentId: { equals: String(id) } }, { via: { in: ['workflow', 'schedule'] } }] },
    })
  ).docs.map((event) => `${event.action}:${event.fromStatus}->${event.toStatus}`)

beforeAll(async () => {
  payload = await createTestPayload()
  await createUser(payload, 'admin')
  analyst = await createUser(payload, 'analyst')
  editor = await createUser(payload, 'editor')
})

afterAll(async () => {
  await payload.destroy()
})

describe('editorial workflow', () => {
  let country: Country

  beforeAll(async () => {
    country = await createCountry(payload, { capital: 'Astana' })
  })

  it('should keep the published version live through submit, request changes, resubmit and approve', async () => {
    await payload.update({ collection: 'countries', data: { capital: 'Akmola' }, id: country.id, ...as(analyst) })
    const draft = await payload.findByID({ collection: 'countries', draft: true, id: country.id, ...as(editor) })
    expect(draft.workflowStatus).toBe('draft')

    await submitForReview({ collection: 'countries', id: country.id, payload, user: actor(analyst) })
    await expect(
      requestChanges({ collection: 'countries', comment: '  ', id: country.id, payload, user: actor(editor) }),
    ).rejects.toThrow(/comment is required/)
    await requestChanges({
      collection: 'countries',
      comment: 'Name the source for the capital.',
      id: country.id,
      payload,
      user: actor(editor),
    })
    const returned = await payload.findByID({ collection: 'countries', draft: true, id: country.id, ...as(analyst) })
    expect(returned).toMatchObject({
      reviewComment: 'Name the source for the capital.',
      workflowStatus: 'changes_requested',
    })

    await payload.update({
      collection: 'countries',
      data: { capital: 'Astana (since 1997)' },
      id: country.id,
      ...as(analyst),
    })
    await submitForReview({ collection: 'countries', id: country.id, payload, user: actor(analyst) })
    const live = await payload.findByID({ collection: 'countries', id: country.id, overrideAccess: false })
    expect(live.capital).toBe('Astana')

    const result = await approveAndPublish({ collection: 'countries', id: country.id, payload, user: actor(editor) })
    expect(result.to).toBe('published')
    const published = await payload.findByID({ collection: 'countries', id: country.id, overrideAccess: false })
    expect(published.capital).toBe('Astana (since 1997)')
    expect(await auditOf(country.id)).toEqual([
      'submit:draft->in_review',
      'requestChanges:in_review->changes_requested',
      'submit:changes_requested->in_review',
      'approve:in_review->published',
    ])
  })

  it('should unpublish only through the workflow, and record it, but not a draft save of a published document', async () => {
    const target = await createCountry(payload)
    await payload.update({ collection: 'countries', data: { capital: 'Draft capital' }, id: target.id, ...as(analyst) })
    await payload.update({ collection: 'countries', data: { _status: 'draft' }, id: target.id, ...as(editor) })
    expect(await auditOf(target.id)).toEqual([])
    expect((await payload.findByID({ collection: 'countries', id: target.id, overrideAccess: false }))._status).toBe(
      'published',
    )
    await transitionDocument({
      action: 'unpublish',
      collection: 'countries',
      id: target.id,
      payload,
      user: actor(editor),
    })
    expect(await auditOf(target.id)).toEqual(['unpublish:published->draft'])
    const live = await payload.find({
      collection: 'countries',
      overrideAccess: false,
      where: { id: { equals: target.id } },
    })
    expect(live.docs).toEqual([])
  })

  it('should ignore workflow fields sent by a client', async () => {
    const target = await createCountry(payload)
    await payload.update({
      collection: 'countries',
      data: { capital: 'X', workflowStatus: 'approved' } as never,
      id: target.id,
      ...as(analyst),
    })
    const draft = await payload.findByID({ collection: 'countries', draft: true, id: target.id, ...as(editor) })
    expect(draft.workflowStatus).toBe('draft')
  })

  it('should refuse an analyst’s approval and a transition from the wrong state', async () => {
    const target = await createCountry(payload)
    await payload.update({ collection: 'countries', data: { capital: 'Y' }, id: target.id, ...as(analyst) })
    await expect(
      transitionDocument({ action: 'approve', collection: 'countries', id: target.id, payload, user: actor(analyst) }),
    ).rejects.toThrow(/may not approve/)
    await expect(
      transitionDocument({ action: 'approve', collection: 'countries', id: target.id, payload, user: actor(editor) }),
    ).rejects.toThrow(/not possible while the document is draft/)
  })

  it('should email editors on submit and the submitter when changes are requested', async () => {
    const target = await createCountry(payload, { name: 'Mailland' })
    await payload.update({ collection: 'countries', data: { capital: 'Z' }, id: target.id, ...as(analyst) })
    loggedEmails.length = 0
    await submitForReview({ collection: 'countries', id: target.id, payload, user: actor(analyst) })
    // One mail per person, so no editor sees who else was told.
    expect(loggedEmails.every((mail) => mail.subject === 'For review: Mailland' && mail.to.length === 1)).toBe(true)
    expect(loggedEmails.flatMap((mail) => mail.to)).toContain(editor.email)
    expect(loggedEmails.flatMap((mail) => mail.to)).not.toContain(analyst.email)
    loggedEmails.length = 0

    await requestChanges({
      collection: 'countries',
      comment: 'Cite the decree.',
      id: target.id,
      payload,
      user: actor(editor),
    })
    expect(loggedEmails).toHaveLength(1)
    expect(loggedEmails[0]).toMatchObject({ subject: 'Changes requested: Mailland', to: [analyst.email] })
    expect(loggedEmails[0].text).toContain('Cite the decree.')
  })

  // Publications are scheduled an hour ahead and the test moves the clock past it (only \`Date\`:
  // Payload orders versions by their timestamps, so the clock is moved just before the queue runs).
  afterEach(() => {
    vi.useRealTimers()
  })

  it('should publish an approved change at the scheduled time through the jobs queue', async () => {
    const target = await createCountry(payload, { capital: 'Old' })
    await payload.update({ collection: 'countries', data: { capital: 'Scheduled' }, id: target.id, ...as(analyst) })
    await submitForReview({ collection: 'countries', id: target.id, payload, user: actor(analyst) })
    const publishAt = new Date(Date.now() + 60 * 60_000)
    const result = await transitionDocument({
      action: 'approve',
      collection: 'countries',
      id: target.id,
      payload,
      publishAt,
      user: actor(editor),
    })
    expect(result).toMatchObject({ scheduledFor: publishAt.toISOString(), to: 'approved' })

    await payload.jobs.run({ allQueues: true })
    expect((await payload.findByID({ collection: 'countries', id: target.id, overrideAccess: false })).capital).toBe(
      'Old',
    )

    vi.useFakeTimers({ now: publishAt.getTime() + 1_000, toFake: ['Date'] })
    await payload.jobs.run({ allQueues: true })
    expect((await payload.findByID({ collection: 'countries', id: target.id, overrideAccess: false })).capital).toBe(
      'Scheduled',
    )
    expect(await auditOf(target.id)).toEqual([
      'submit:draft->in_review',
      'approve:in_review->approved',
      'publish:approved->published',
    ])
  })

  it('should cancel a scheduled publication when the approved document is edited again', async () => {
    const target = await createCountry(payload, { capital: 'Old' })
    await payload.update({ collection: 'countries', data: { capital: 'Approved' }, id: target.id, ...as(analyst) })
    await submitForReview({ collection: 'countries', id: target.id, payload, user: actor(analyst) })
    const publishAt = new Date(Date.now() + 60 * 60_000)
    await transitionDocument({
      action: 'approve',
      collection: 'countries',
      id: target.id,
      payload,
      publishAt,
      user: actor(editor),
    })
    await payload.update({ collection: 'countries', data: { capital: 'Unreviewed' }, id: target.id, ...as(analyst) })

    vi.useFakeTimers({ now: publishAt.getTime() + 1_000, toFake: ['Date'] })
    await payload.jobs.run({ allQueues: true })
    const live = await payload.findByID({ collection: 'countries', id: target.id, overrideAccess: false })
    const draft = await payload.findByID({ collection: 'countries', draft: true, id: target.id, ...as(editor) })
    expect([live.capital, draft.capital, draft.workflowStatus]).toEqual(['Old', 'Unreviewed', 'draft'])
    expect(await auditOf(target.id)).toEqual(['submit:draft->in_review', 'approve:in_review->approved'])
  })

  it('should queue submitted changes, filter them by collection and country, and diff them', async () => {
    const target = await createCountry(payload, { capital: 'Before', name: 'Queueland' })
    const other = await createCountry(payload, { name: 'Otherland' })
    const indicator = await createIndicator(payload, { scale: '1e3' })
    const observation = await payload.create({
      collection: 'observations',
      data: {
        _status: 'published',
        country: target.id,
        indicator: indicator.id,
        period: { kind: 'year', year: 2022 },
        qualifier: 'actual',
        source: { url: 'https://example.org/q' },
        value: 4000,
      },
    })
    await payload.update({ collection: 'countries', data: { capital: 'After' }, id: target.id, ...as(analyst) })
    await payload.update({ collection: 'observations', data: { value: 5000 }, id: observation.id, ...as(analyst) })
    await submitForReview({ collection: 'countries', id: target.id, payload, user: actor(analyst) })
    await submitForReview({ collection: 'observations', id: observation.id, payload, user: actor(analyst) })

    const editorUser = actor(editor)
    const queued = await getReviewQueue({ country: String(target.id), payload, user: editorUser })
    expect(queued.map((item) => [item.collection, item.title, item.submittedBy])).toEqual([
      ['countries', 'Queueland', analyst.name],
      ['observations', expect.stringContaining('Queueland'), analyst.name],
    ])
    expect(
      await getReviewQueue({ collection: 'observations', country: String(target.id), payload, user: editorUser }),
    ).toHaveLength(1)
    expect(await getReviewQueue({ country: String(other.id), payload, user: editorUser })).toEqual([])

    const review = await getReviewItem({ collection: 'observations', id: observation.id, payload, user: editorUser })
    expect(review?.changes).toEqual([
      {
        after: 5000,
        before: 4000,
        delta: { absolute: 1000, percent: 25 },
        kind: 'number',
        label: 'Value',
        path: 'value',
      },
    ])
    expect(review?.readerValues).toEqual({ after: '$5.0 thousand · 2022', before: '$4.0 thousand · 2022' })
    const countryReview = await getReviewItem({ collection: 'countries', id: target.id, payload, user: editorUser })
    expect(countryReview?.readerValues).toBeNull()
    expect(review?.history.map((event) => [event.action, event.toStatus])).toEqual([
      ['create', 'published'],
      ['submit', 'in_review'],
    ])
  })
})
