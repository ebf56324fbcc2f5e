import type { ReviewQueueItem } from './reviewQueue'
import type { EditorialCollection } from './states'

type Id = number | string

/** Whether a change in review is past its due date at `now`. */
export const isOverdue = (item: Pick<ReviewQueueItem, 'dueAt'>, now: Date): boolean =>
  !!item.dueAt && new Date(item.dueAt).getTime() < now.getTime()

type Ranked = Pick<ReviewQueueItem, 'dueAt' | 'flags' | 'risk' | 'submittedAt'>

/** Flagged first, then by score, then the oldest submission first. */
export const byRisk = (a: Ranked, b: Ranked): number =>
  Number(b.flags.length > 0) - Number(a.flags.length > 0) ||
  b.risk - a.risk ||
  String(a.submittedAt ?? '').localeCompare(String(b.submittedAt ?? ''))

/** Overdue first, the most overdue first; then as byRisk. */
export const byUrgency =
  (now: Date) =>
  (a: Ranked, b: Ranked): number => {
    const aLate = isOverdue(a, now)
    const bLate = isOverdue(b, now)
    if (aLate !== bLate) {
      return aLate ? -1 : 1
    }
    return (aLate && bLate ? String(a.dueAt).localeCompare(String(b.dueAt)) : 0) || byRisk(a, b)
  }

export type AssigneeFilter = { id: string; kind: 'person' } | { kind: 'all' } | { kind: 'none' }

/** The queue's `assignee` parameter: `me`, `none` (the desk), a user's ID, or anything else for all. */
export const assigneeFilterOf = (value: null | string | undefined, userId: Id): AssigneeFilter => {
  if (!value) {
    return { kind: 'all' }
  }
  if (value === 'none') {
    return { kind: 'none' }
  }
  return { id: value === 'me' ? String(userId) : value, kind: 'person' }
}

export const matchesAssignee = (item: Pick<ReviewQueueItem, 'assignedTo'>, filter: AssigneeFilter): boolean =>
  filter.kind === 'all' ||
  (filter.kind === 'none' ? item.assignedTo === null : String(item.assignedTo?.id) === filter.id)

export type QueueCounts = {
  byCollection: { collection: EditorialCollection; count: number }[]
  /** Each country a change concerns, most changes first; one change may count for several. */
  byCountry: { count: number; country: string }[]
  overdue: number
  total: number
}

/** How many changes wait, per collection and per country, and how many are overdue. */
export const queueCounts = (
  items: Pick<ReviewQueueItem, 'collection' | 'countries' | 'dueAt'>[],
  now: Date,
): QueueCounts => {
  const collections = new Map<EditorialCollection, number>()
  const countries = new Map<string, number>()
  for (const item of items) {
    collections.set(item.collection, (collections.get(item.collection) ?? 0) + 1)
    for (const country of new Set(item.countries)) {
      countries.set(country, (countries.get(country) ?? 0) + 1)
    }
  }
  const sorted = <K>(map: Map<K, number>) =>
    [...map].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
  return {
    byCollection: sorted(collections).map(([collection, count]) => ({ collection, count })),
    byCountry: sorted(countries).map(([country, count]) => ({ count, country })),
    overdue: items.filter((item) => isOverdue(item, now)).length,
    total: items.length,
  }
}

/** A day in milliseconds, for the desk's seven days of scheduled publications. */
const DAY = 24 * 60 * 60 * 1000

export type DeskSections = {
  /** Changes in review assigned to the person, most urgent first. */
  assignedToMe: ReviewQueueItem[]
  /** The person's submissions sent back with a comment, newest first. */
  cameBack: ReviewQueueItem[]
  counts: QueueCounts
  /** Drafts the person wrote part of, not yet submitted, newest first. */
  myDrafts: ReviewQueueItem[]
  /** The person's submissions waiting in review, most urgent first. */
  myWaiting: ReviewQueueItem[]
  /** Approved changes to be published within seven days, soonest first. */
  scheduled: ReviewQueueItem[]
  /** Everything waiting for review, most urgent first. */
  waiting: ReviewQueueItem[]
}

const byNewest = (a: ReviewQueueItem, b: ReviewQueueItem) =>
  String(b.updatedAt ?? '').localeCompare(String(a.updatedAt ?? ''))

/** Sorts changes found for a person's desk into its sections (see DeskSections). */
export const deskSectionsOf = ({
  changes,
  now,
  userId,
}: {
  changes: ReviewQueueItem[]
  now: Date
  userId: Id
}): DeskSections => {
  const me = String(userId)
  const inReview = changes.filter((item) => item.status === 'in_review').sort(byUrgency(now))
  return {
    assignedToMe: inReview.filter((item) => String(item.assignedTo?.id) === me),
    cameBack: changes.filter((item) => item.status === 'changes_requested' && item.submitterId === me).sort(byNewest),
    counts: queueCounts(inReview, now),
    myDrafts: changes.filter((item) => item.status === 'draft' && item.writtenBy.includes(me)).sort(byNewest),
    myWaiting: inReview.filter((item) => item.submitterId === me),
    scheduled: changes
      .filter((item) => {
        const at = item.scheduledPublishAt ? new Date(item.scheduledPublishAt).getTime() : NaN
        return item.status === 'approved' && at >= now.getTime() && at <= now.getTime() + 7 * DAY
      })
      .sort((a, b) => String(a.scheduledPublishAt).localeCompare(String(b.scheduledPublishAt))),
    waiting: inReview,
  }
}

/** "3 days", "5 hours", "12 minutes": how long something has waited, in words. */
export const ageOf = (iso: null | string | undefined, now: Date): string => {
  if (!iso) {
    return ''
  }
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000))
  const [amount, unit] =
    minutes < 60
      ? [minutes, 'minute']
      : minutes < 48 * 60
        ? [Math.floor(minutes / 60), 'hour']
        : [Math.floor(minutes / 1440), 'day']
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`
}
