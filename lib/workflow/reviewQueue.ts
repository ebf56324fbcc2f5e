import type { Payload, TypedUser, Where } from 'payload'

import type { WorkflowEvent } from '@/payload-types'

import type { EditorialCollection } from './states'

import { type AnomalyFlag, storedFlagsOf, type StoredAnomaly } from '@/lib/observations/anomaly'
import { relationId } from '@/lib/observations/data'

import { documentChanges, type FieldChange } from './reviewDiff'
import { type StoredFigure, storedFigureToReaderText } from './figureText'
import { isUserId } from './assignment'
import { changeAuthorsOf } from './fourEyes'
import { assigneeFilterOf, byUrgency, matchesAssignee } from './queueOrder'
import { EDITORIAL_COLLECTIONS, isEditorialCollection, type WorkflowStatus, workflowStatusOf } from './states'

/** Where each collection names its countries, so the queue can be filtered by country. */
const COUNTRY_PATHS: Record<EditorialCollection, string[]> = {
  articles: ['countries'],
  authors: ['countriesOfFocus'],
  countries: ['id'],
  events: ['countries'],
  indicators: [],
  observations: ['country', 'partner'],
  organizations: ['members'],
  places: ['country'],
}

export const COLLECTION_LABELS: Record<EditorialCollection, string> = {
  articles: 'Articles',
  authors: 'Authors',
  countries: 'Countries',
  events: 'Events',
  indicators: 'Indicators',
  observations: 'Observations',
  organizations: 'Organisations',
  places: 'Places',
}

export type Person = { id: number | string; name: string }

export type ReviewQueueItem = {
  /** The editor or admin who reviews it; null while it is left to the desk. */
  assignedTo: null | Person
  collection: EditorialCollection
  countries: string[]
  /** When the review is due (ISO), if a date was set. */
  dueAt: null | string
  /** Observations: what the anomaly check found (lib/observations/anomaly.ts). */
  flags: AnomalyFlag[]
  id: number | string
  /** The editor's comment when changes were requested. */
  reviewComment: null | string
  /** Sum of the flags' scores: the queue lists the riskiest first. */
  risk: number
  /** With an approval for later: when it will be published (ISO). */
  scheduledPublishAt: null | string
  status: WorkflowStatus
  /** Observations submitted together (a spreadsheet import): the batch's id. */
  submission: null | string
  submittedAt: null | string
  submittedBy: string
  /** The submitter's ID, to tell a person's own submissions. */
  submitterId: null | string
  title: string
  updatedAt: null | string
  /** Who saved part of the change (user IDs), to tell a person's own drafts. */
  writtenBy: string[]
}

type Named = { acronym?: null | string; id: number | string; name?: null | string; title?: null | string }

export const titleOf = (doc: Named): string => String(doc.title ?? doc.name ?? doc.acronym ?? doc.id)

const countryNamesOf = (collection: EditorialCollection, doc: Record<string, unknown>): string[] => {
  if (collection === 'countries') {
    return [String(doc.name)]
  }
  return COUNTRY_PATHS[collection].flatMap((path) => {
    const value = doc[path]
    const list = Array.isArray(value) ? value : value ? [value] : []
    return list.filter((item) => item && typeof item === 'object').map((item) => String((item as Named).name))
  })
}

const idOf = (value: unknown): null | string => {
  const id = value && typeof value === 'object' ? (value as Named).id : value
  return id === null || id === undefined || id === '' ? null : String(id)
}

/**
 * Names of staff (who submitted, who reviews), read without access control: editors may not open
 * other users' accounts, but they need to know whose change they review and who has it.
 */
export const staffNames = async (payload: Payload, ids: (null | string)[]) => {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))]
  if (wanted.length === 0) {
    return new Map<string, string>()
  }
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    limit: wanted.length,
    overrideAccess: true,
    pagination: false,
    select: { email: true, name: true },
    where: { id: { in: wanted } },
  })
  return new Map(docs.map((user) => [String(user.id), user.name || user.email]))
}

type FindArgs = {
  collections?: readonly EditorialCollection[]
  country?: null | string
  /** Per collection; the newest changes first when it cuts. */
  limit?: number
  payload: Payload
  user: TypedUser
  where: Where
}

/**
 * The newest drafts of editorial documents matching `where` that `user` may see (access control
 * enforced for them), as queue items, optionally only what concerns one country (by ID).
 */
export const findChanges = async ({
  collections = EDITORIAL_COLLECTIONS,
  country,
  limit = 200,
  payload,
  user,
  where,
}: FindArgs): Promise<ReviewQueueItem[]> => {
  const results = await Promise.all(
    collections.map(async (slug) => {
      const paths = COUNTRY_PATHS[slug]
      if (country && paths.length === 0) {
        return []
      }
      const byCountry: null | Where = country
        ? { or: paths.map((path) => ({ [path]: path === 'id' ? { equals: country } : { in: [country] } })) }
        : null
      const { docs } = await payload.find({
        collection: slug,
        depth: 1,
        draft: true,
        limit,
        overrideAccess: false,
        pagination: false,
        // Of a large import, the flagged figures are the ones the queue must not cut off.
        sort: slug === 'observations' ? '-anomaly.score' : '-updatedAt',
        user,
        where: byCountry ? { and: [where, byCountry] } : where,
      })
      return docs.map((doc) => {
        const record = doc as unknown as Record<string, unknown>
        const anomaly = record.anomaly as null | StoredAnomaly | undefined
        const flags = storedFlagsOf(anomaly)
        return {
          assigneeId: idOf(record.assignedTo),
          collection: slug,
          countries: countryNamesOf(slug, record),
          dueAt: (record.dueAt as null | string) ?? null,
          flags,
          id: doc.id,
          reviewComment: (record.reviewComment as null | string) ?? null,
          risk: flags.length > 0 ? Number(anomaly?.score ?? 0) : 0,
          scheduledPublishAt: (record.scheduledPublishAt as null | string) ?? null,
          status: workflowStatusOf(record as never),
          submission: typeof record.submission === 'string' && record.submission ? record.submission : null,
          submittedAt: (record.submittedAt as null | string) ?? null,
          submitterId: idOf(record.submittedBy),
          title: titleOf(record as Named),
          updatedAt: (record.updatedAt as null | string) ?? null,
          writtenBy: changeAuthorsOf(record),
        }
      })
    }),
  )
  const found = results.flat()
  const names = await staffNames(
    payload,
    found.flatMap((item) => [item.submitterId, item.assigneeId]),
  )
  return found.map(({ assigneeId, ...item }) => ({
    ...item,
    assignedTo: assigneeId ? { id: assigneeId, name: names.get(assigneeId) ?? `user ${assigneeId}` } : null,
    submittedBy: (item.submitterId && names.get(item.submitterId)) || '—',
  }))
}

type QueueArgs = {
  /** `me`, `none` (left to the desk) or a user's ID. */
  assignee?: null | string
  collection?: null | string
  country?: null | string
  now?: Date
  payload: Payload
  user: TypedUser
}

/**
 * Everything waiting for review that `user` may see: overdue first (the most overdue first), then
 * riskiest (flagged figures, by score), then oldest submission first; optionally only one
 * collection's, only what concerns one country (by ID), or only one reviewer's.
 */
export const getReviewQueue = async ({
  assignee,
  collection,
  country,
  now = new Date(),
  payload,
  user,
}: QueueArgs): Promise<ReviewQueueItem[]> => {
  const filter = assigneeFilterOf(assignee, user.id)
  if (filter.kind === 'person' && !isUserId(payload, filter.id)) {
    return []
  }
  const where: Where = { workflowStatus: { equals: 'in_review' } }
  const items = await findChanges({
    collections: isEditorialCollection(collection) ? [collection] : EDITORIAL_COLLECTIONS,
    country,
    payload,
    user,
    // One reviewer's items are found in the database, so the per-collection limit cannot hide them.
    where: filter.kind === 'person' ? { and: [where, { assignedTo: { equals: filter.id } }] } : where,
  })
  return items.filter((item) => matchesAssignee(item, filter)).sort(byUrgency(now))
}

export type ReviewItem = {
  /** The reviewer's user ID, if the change is assigned. */
  assignedTo: null | string
  changeReason: null | string
  changes: FieldChange[]
  collection: EditorialCollection
  flags: AnomalyFlag[]
  history: WorkflowEvent[]
  id: number | string
  isPublished: boolean
  /** For a figure: its value before and after as readers read it (unit, scale, qualifier, period). */
  readerValues: null | { after: null | string; before: null | string }
  dueAt: null | string
  status: string
  submittedAt: null | string
  title: string
}

/** One document's pending change against its published version, with its audit trail. */
export const getReviewItem = async ({
  collection,
  id,
  payload,
  user,
}: {
  collection: EditorialCollection
  id: number | string
  payload: Payload
  user: TypedUser
}): Promise<ReviewItem | null> => {
  const asUser = { depth: 0, disableErrors: true, overrideAccess: false, user } as const
  const pending = await payload.findByID({ ...asUser, collection, draft: true, id })
  if (!pending) {
    return null
  }
  const main = await payload.findByID({ ...asUser, collection, id })
  const published = main && main._status === 'published' ? main : null
  // The audit trail is for editors; an analyst reading the discussion gets an empty one.
  const { docs: history } = await payload.find({
    collection: 'workflow-events',
    depth: 0,
    disableErrors: true,
    limit: 100,
    overrideAccess: false,
    pagination: false,
    sort: 'createdAt',
    user,
    where: { and: [{ documentCollection: { equals: collection } }, { documentId: { equals: String(id) } }] },
  })
  const record = pending as unknown as Record<string, unknown>
  let readerValues: ReviewItem['readerValues'] = null
  if (collection === 'observations') {
    const indicatorId = relationId(record.indicator)
    const indicator = indicatorId
      ? await payload.findByID({ ...asUser, collection: 'indicators', draft: true, id: indicatorId as number })
      : null
    readerValues = {
      after: storedFigureToReaderText(record as StoredFigure, indicator),
      before: storedFigureToReaderText(published as unknown as null | StoredFigure, indicator),
    }
  }
  return {
    assignedTo: idOf(record.assignedTo),
    changeReason: typeof record.changeReason === 'string' && record.changeReason.trim() ? record.changeReason : null,
    changes: documentChanges(published as unknown as null | Record<string, unknown>, record),
    collection,
    dueAt: (record.dueAt as null | string) ?? null,
    flags: storedFlagsOf(record.anomaly as null | StoredAnomaly | undefined),
    history,
    id,
    isPublished: !!published,
    readerValues,
    status: String(record.workflowStatus ?? 'draft'),
    submittedAt: (record.submittedAt as null | string) ?? null,
    title: titleOf(record as Named),
  }
}

export type SubmissionFigure = {
  changeReason: null | string
  flags: AnomalyFlag[]
  id: number | string
  /** The value readers see now, if the figure was ever published. */
  publishedValue: null | number
  reviewComment: null | string
  status: string
  title: string
  unit: string
  value: number
}

/**
 * The figures submitted together under one submission id (a spreadsheet import), as `user` may see
 * them, riskiest first: each with its pending value, the published one and its flags.
 */
export const getSubmission = async ({
  payload,
  submission,
  user,
}: {
  payload: Payload
  submission: string
  user: TypedUser
}): Promise<SubmissionFigure[]> => {
  const asUser = { depth: 0, overrideAccess: false, pagination: false, user } as const
  const { docs } = await payload.find({
    ...asUser,
    collection: 'observations',
    draft: true,
    limit: 1000,
    sort: '-anomaly.score',
    where: { submission: { equals: submission } },
  })
  if (docs.length === 0) {
    return []
  }
  const { docs: live } = await payload.find({
    ...asUser,
    collection: 'observations',
    limit: docs.length,
    select: { _status: true, value: true },
    where: { and: [{ id: { in: docs.map((doc) => doc.id) } }, { _status: { equals: 'published' } }] },
  })
  const publishedValues = new Map(live.map((doc) => [String(doc.id), doc.value]))
  return docs
    .map((doc) => ({
      changeReason: doc.changeReason?.trim() ? doc.changeReason : null,
      flags: storedFlagsOf(doc.anomaly as StoredAnomaly | undefined),
      id: doc.id,
      publishedValue: publishedValues.get(String(doc.id)) ?? null,
      reviewComment: doc.reviewComment ?? null,
      status: doc.workflowStatus ?? 'draft',
      title: doc.title ?? String(doc.id),
      unit: doc.unit ?? '',
      value: doc.value,
    }))
    .sort(
      (a, b) =>
        Number(b.flags.length > 0) - Number(a.flags.length > 0) ||
        b.flags.reduce((sum, flag) => sum + flag.score, 0) - a.flags.reduce((sum, flag) => sum + flag.score, 0) ||
        String(a.title).localeCompare(String(b.title)),
    )
}
