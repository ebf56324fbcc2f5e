import { describe, expect, it } from 'vitest'

import { assignmentRefusal, assignmentSummary, formatDueAt, parseDueAt } from './assignmentRules'

const base = {
  assignee: 2,
  authors: [10],
  current: null,
  isFourEyes: true,
  isSubmitting: true,
  submittedBy: null,
  userId: 10,
} as const

describe('who may assign whom', () => {
  it('should let an analyst choose an editor when submitting, but not themselves', () => {
    expect(assignmentRefusal({ ...base, role: 'analyst' })).toBeNull()
    expect(assignmentRefusal({ ...base, assignee: 10, role: 'analyst' })?.status).toBe(403)
  })

  it('should refuse an analyst reassigning a change an editor has, on resubmission or afterwards', () => {
    expect(assignmentRefusal({ ...base, current: 3, role: 'analyst' })?.message).toMatch(/only an editor/)
    expect(assignmentRefusal({ ...base, assignee: 3, current: 3, role: 'analyst' })).toBeNull()
    expect(
      assignmentRefusal({ ...base, assignee: 3, current: 3, isSubmitting: false, role: 'analyst', submittedBy: 10 }),
    ).toMatchObject({ status: 403 })
  })

  it('should refuse an analyst assigning a change someone else submitted', () => {
    expect(assignmentRefusal({ ...base, isSubmitting: false, role: 'analyst', submittedBy: 11 })?.message).toMatch(
      /someone else submitted/,
    )
    expect(assignmentRefusal({ ...base, isSubmitting: false, role: 'analyst', submittedBy: 10 })).toBeNull()
  })

  it('should let editors reassign anything, except to someone who wrote the change under four eyes', () => {
    expect(assignmentRefusal({ ...base, current: 3, isSubmitting: false, role: 'editor', userId: 4 })).toBeNull()
    expect(assignmentRefusal({ ...base, assignee: 10, isSubmitting: false, role: 'editor', userId: 4 })?.status).toBe(
      409,
    )
    expect(
      assignmentRefusal({ ...base, assignee: 10, isFourEyes: false, isSubmitting: false, role: 'editor', userId: 4 }),
    ).toBeNull()
  })

  it('should refuse readers and visitors', () => {
    expect(assignmentRefusal({ ...base, role: 'reader' })?.status).toBe(403)
    expect(assignmentRefusal({ ...base, role: null })?.status).toBe(403)
  })
})

describe('due dates', () => {
  const now = Date.parse('2026-12-05T12:00:00Z')

  it('should read a calendar day as its end in UTC and refuse the past or nonsense', () => {
    expect(parseDueAt('2026-12-10', now)?.toISOString()).toBe('2026-12-10T23:59:59.999Z')
    expect(parseDueAt('2026-12-06T09:00:00Z', now)?.toISOString()).toBe('2026-12-06T09:00:00.000Z')
    expect(parseDueAt(null, now)).toBeNull()
    expect(() => parseDueAt('2026-12-01', now)).toThrow(/in the future/)
    expect(() => parseDueAt('soon', now)).toThrow(/not a valid date/)
    expect(() => parseDueAt(42, now)).toThrow(/not a valid date/)
  })

  it('should write a calendar day without its time', () => {
    expect(formatDueAt('2026-12-10T23:59:59.999Z')).toBe('10 Dec 2026')
    expect(formatDueAt('2026-12-10T09:30:00.000Z')).toBe('10 Dec 2026, 09:30 UTC')
  })

  it('should sum up each kind of assignment change', () => {
    const none = { assignee: null, dueAt: null }
    expect(assignmentSummary({ after: { assignee: 'Ann', dueAt: null }, before: none, title: 'Armenia' })).toBe(
      'Assigned: Armenia to Ann',
    )
    expect(
      assignmentSummary({
        after: { assignee: 'Bob', dueAt: '2026-12-10T23:59:59.999Z' },
        before: { assignee: 'Ann', dueAt: null },
        title: 'Armenia',
      }),
    ).toBe('Reassigned: Armenia (Ann → Bob), due 10 Dec 2026')
    expect(assignmentSummary({ after: none, before: { assignee: 'Bob', dueAt: null }, title: 'Armenia' })).toBe(
      'Returned to the desk: Armenia (was Bob)',
    )
  })
})
