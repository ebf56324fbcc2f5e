import { describe, expect, it } from 'vitest'

import type { ReviewQueueItem } from './reviewQueue'

import { ageOf, assigneeFilterOf, byUrgency, deskSectionsOf, matchesAssignee, queueCounts } from './queueOrder'

const NOW = new Date('2026-12-05T12:00:00.000Z')

let n = 0
const item = (overrides: Partial<ReviewQueueItem> = {}): ReviewQueueItem => ({
  assignedTo: null,
  collection: 'countries',
  countries: [],
  dueAt: null,
  flags: [],
  id: ++n,
  reviewComment: null,
  risk: 0,
  scheduledPublishAt: null,
  status: 'in_review',
  submission: null,
  submittedAt: '2026-12-01T00:00:00.000Z',
  submittedBy: 'Ann',
  submitterId: '7',
  title: `Item ${n}`,
  updatedAt: '2026-12-01T00:00:00.000Z',
  writtenBy: [],
  ...overrides,
})

const flag = { code: 'jump', message: 'Jumped', score: 3 } as unknown as ReviewQueueItem['flags'][number]

describe('queue order', () => {
  it('should list overdue changes first, the most overdue first, then flagged, then oldest', () => {
    const oldest = item({ submittedAt: '2026-11-01T00:00:00.000Z' })
    const flagged = item({ flags: [flag], risk: 3 })
    const late = item({ dueAt: '2026-12-04T00:00:00.000Z' })
    const later = item({ dueAt: '2026-12-01T00:00:00.000Z' })
    const dueSoon = item({ dueAt: '2026-12-06T00:00:00.000Z', submittedAt: '2026-12-04T00:00:00.000Z' })
    const sorted = [dueSoon, oldest, late, flagged, later].sort(byUrgency(NOW))
    expect(sorted.map((entry) => entry.id)).toEqual([later.id, late.id, flagged.id, oldest.id, dueSoon.id])
  })

  it('should filter by me, by nobody and by a named reviewer', () => {
    const mine = item({ assignedTo: { id: '5', name: 'Me' } })
    const theirs = item({ assignedTo: { id: '6', name: 'Them' } })
    const nobody = item()
    const pick = (value: string) =>
      [mine, theirs, nobody].filter((entry) => matchesAssignee(entry, assigneeFilterOf(value, 5))).map((e) => e.id)
    expect(pick('me')).toEqual([mine.id])
    expect(pick('none')).toEqual([nobody.id])
    expect(pick('6')).toEqual([theirs.id])
    expect(pick('')).toEqual([mine.id, theirs.id, nobody.id])
  })

  it('should count per collection and per country, each country once per change', () => {
    const counts = queueCounts(
      [
        item({ countries: ['Armenia', 'Armenia', 'Georgia'] }),
        item({ collection: 'observations', countries: ['Armenia'] }),
        item({ countries: [], dueAt: '2026-12-01T00:00:00.000Z' }),
      ],
      NOW,
    )
    expect(counts).toEqual({
      byCollection: [
        { collection: 'countries', count: 2 },
        { collection: 'observations', count: 1 },
      ],
      byCountry: [
        { count: 2, country: 'Armenia' },
        { count: 1, country: 'Georgia' },
      ],
      overdue: 1,
      total: 3,
    })
  })

  it('should say how long a change has waited in words', () => {
    expect(ageOf('2026-12-02T11:00:00.000Z', NOW)).toBe('3 days')
    expect(ageOf('2026-12-05T07:00:00.000Z', NOW)).toBe('5 hours')
    expect(ageOf('2026-12-05T11:59:00.000Z', NOW)).toBe('1 minute')
    expect(ageOf(null, NOW)).toBe('')
  })
})

describe('desk sections', () => {
  it('should sort a person’s changes into what is theirs to review, what came back, drafts and the week’s publications', () => {
    const assigned = item({ assignedTo: { id: '5', name: 'Me' } })
    const overdueOther = item({ dueAt: '2026-12-01T00:00:00.000Z' })
    const cameBack = item({ reviewComment: 'Why?', status: 'changes_requested', submitterId: '5' })
    const othersBack = item({ status: 'changes_requested', submitterId: '9' })
    const draft = item({ status: 'draft', writtenBy: ['5'] })
    const othersDraft = item({ status: 'draft', writtenBy: ['9'] })
    const soon = item({ scheduledPublishAt: '2026-12-07T09:00:00.000Z', status: 'approved' })
    const tooLate = item({ scheduledPublishAt: '2026-12-20T09:00:00.000Z', status: 'approved' })
    const mineWaiting = item({ submitterId: '5' })
    const desk = deskSectionsOf({
      changes: [assigned, overdueOther, cameBack, othersBack, draft, othersDraft, soon, tooLate, mineWaiting],
      now: NOW,
      userId: 5,
    })
    expect(desk.assignedToMe.map((entry) => entry.id)).toEqual([assigned.id])
    expect(desk.waiting[0].id).toBe(overdueOther.id)
    expect(desk.waiting).toHaveLength(3)
    expect(desk.cameBack.map((entry) => entry.id)).toEqual([cameBack.id])
    expect(desk.myDrafts.map((entry) => entry.id)).toEqual([draft.id])
    expect(desk.scheduled.map((entry) => entry.id)).toEqual([soon.id])
    expect(desk.myWaiting.map((entry) => entry.id)).toEqual([mineWaiting.id])
    expect(desk.counts).toMatchObject({ overdue: 1, total: 3 })
  })
})
