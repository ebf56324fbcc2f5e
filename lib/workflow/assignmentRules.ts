import type { Role } from '@/access/roles'

type Id = number | string

/** The roles whose members can be assigned a change to review. */
export const REVIEWER_ROLES: readonly Role[] = ['admin', 'editor']

export const isReviewerRole = (role: unknown): boolean => REVIEWER_ROLES.includes(role as Role)

const sameId = (a: Id | null | undefined, b: Id | null | undefined) =>
  a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)

export type AssignmentRefusal = { message: string; status: 403 | 409 }

/**
 * Why `userId` (with `role`) may not give the change to `assignee` (null: the desk), or null when
 * they may. Editors and admins assign and reassign anything; an analyst only chooses the reviewer
 * of a change they submit, while nobody else has it, and never themselves. Under the four-eyes
 * rule nobody who wrote or submitted part of the change can be its reviewer.
 */
export const assignmentRefusal = ({
  assignee,
  authors,
  current,
  isFourEyes,
  isSubmitting,
  role,
  submittedBy,
  userId,
}: {
  assignee: Id | null
  /** Everyone who wrote or submitted part of the change. */
  authors: readonly Id[]
  /** Who has the change now. */
  current: Id | null
  isFourEyes: boolean
  /** The assignment comes with the submission (or resubmission) of the change. */
  isSubmitting: boolean
  role: null | Role
  /** Who submitted the change in review (ignored while submitting: that is `userId`). */
  submittedBy: Id | null
  userId: Id
}): AssignmentRefusal | null => {
  if (role !== 'admin' && role !== 'editor' && role !== 'analyst') {
    return { message: 'Sign in as a member of staff to do this.', status: 403 }
  }
  const isChange = !sameId(assignee, current) && !(assignee === null && current === null)
  if (role === 'analyst') {
    if (sameId(assignee, userId)) {
      return {
        message: 'You cannot assign a change to yourself: an editor or an admin reviews it.',
        status: 403,
      }
    }
    if (!isSubmitting && !sameId(submittedBy, userId)) {
      return {
        message: 'Only an editor or an admin can assign a change someone else submitted.',
        status: 403,
      }
    }
    // Resubmitting keeps the reviewer; assigning afterwards is only for a change nobody has yet.
    if (current !== null && (isChange || !isSubmitting)) {
      return {
        message: 'An editor has this change; only an editor or an admin can reassign it.',
        status: 403,
      }
    }
  }
  if (isFourEyes && assignee !== null && authors.some((author) => sameId(author, assignee))) {
    return {
      message: sameId(assignee, userId)
        ? 'You wrote or submitted part of this change, so another editor or an admin must review it (four-eyes rule).'
        : 'That reviewer wrote or submitted part of this change, so another editor or an admin must review it (four-eyes rule).',
      status: 409,
    }
  }
  return null
}

/**
 * A due date from a request: an instant, or a calendar day (`2026-12-10`), which means the end of
 * that day in UTC. Throws a message a person can act on.
 */
export const parseDueAt = (value: unknown, now = Date.now()): Date | null => {
  if (value === null || value === undefined || value === '') {
    return null
  }
  if (typeof value !== 'string' && !(value instanceof Date)) {
    throw new RangeError('The due date is not a valid date.')
  }
  const isDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
  const date = isDay ? new Date(`${value}T23:59:59.999Z`) : new Date(value)
  if (Number.isNaN(date.getTime())) {
    throw new RangeError('The due date is not a valid date.')
  }
  if (date.getTime() <= now) {
    throw new RangeError('The due date must be in the future.')
  }
  return date
}

/** "12 Dec 2026" for the end of a day (as a calendar-day due date is stored), else with the time. */
export const formatDueAt = (iso: null | string | undefined): string => {
  if (!iso) {
    return ''
  }
  const date = new Date(iso)
  const isEndOfDay = date.getUTCHours() === 23 && date.getUTCMinutes() === 59
  return (
    date.toLocaleString('en-GB', {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
      year: 'numeric',
      ...(isEndOfDay ? {} : { hour: '2-digit', minute: '2-digit' }),
    }) + (isEndOfDay ? '' : ' UTC')
  )
}

/** The audit trail's sentence for an assignment change. */
export const assignmentSummary = ({
  after,
  before,
  title,
}: {
  after: { assignee: null | string; dueAt: null | string }
  before: { assignee: null | string; dueAt: null | string }
  title: string
}): string => {
  const due = after.dueAt ? `, due ${formatDueAt(after.dueAt)}` : ''
  if (after.assignee !== before.assignee) {
    if (!after.assignee) {
      return `Returned to the desk: ${title} (was ${before.assignee})${due}`
    }
    return before.assignee
      ? `Reassigned: ${title} (${before.assignee} → ${after.assignee})${due}`
      : `Assigned: ${title} to ${after.assignee}${due}`
  }
  return after.dueAt ? `Due date set: ${title}${due}` : `Due date removed: ${title}`
}
