import type { Payload, TypedUser, Where } from 'payload'

import type { WorkflowEvent } from '@/payload-types'

import type { EditorialCollection } from './states'

import { type AnomalyFlag, storedFlagsOf, type StoredAnomaly } from '@/lib/observations/anomaly'
import { relationId } from '@/lib/observations/data'

import { documentChanges, type FieldChange } from './reviewDiff'
import { type StoredFigure, storedFigureToReaderText } from './figureText'
import { EDITORIAL_COLLECTIONS, isEditorialCollection } from './states'

/** Where each collection names its countries, so the queue can be filtered by country. */
const COUNTRY_PATHS: Record<EditorialCollection, string[]> = {
  articles: ['countries'],
  authors: ['countriesOfFocus'],
  countries: ['id'],
  events: ['countries'],
  indicators: [],
  observations: ['country', 'partner'],
  organizations: ['members'],
}

export const COLLECTION_LABELS: Record<EditorialCollection, string> = {
  articles: 'Articles',
  authors: 'Authors',
  countries: 'Countries',
  events: 'Events',
  indicators: 'Indicators',
  observations: 'Observations',
  organizations: 'Organisations',
}

export type ReviewQueueItem = {
  collection: EditorialCollection
  countries: string[]
  /** Observations: what the anomaly check found (lib/observations/anomaly.ts). */
  flags: AnomalyFlag[]
  id: number | string
  /** Sum of the flags' scores: the queue lists the riskiest first. */
  risk: number
  /** Observations submitted together (a spreadsheet import): the batch's id. */
  submission: null | string
  submittedAt: null | string
  submittedBy: string
  title: string
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

/**
 * Names of the staff who submitted, read without access control: editors may not open other
 * users' accounts, but they need to know whose change they review.
 */
const submitterNames = async (payload: Payload, ids: (null | number | string | undefined)[]) => {
  const wanted = [...new Set(ids.filter((id) => id !== null && id !== undefined))]
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

type QueueArgs = {
  collection?: null | string
  country?: null | string
  payload: Payload
  user: TypedUser
}

/**
 * Everything waiting for review that `user` may see, riskiest first (flagged figures, by score),
 * then oldest submission first, optionally only one
 * collection's or only what concerns one country (by ID).
 */
export const getReviewQueue = async ({ collection, country, payload, user }: QueueArgs): Promise<ReviewQueueItem[]> => {
  const collections = isEditorialCollection(collection) ? [collection] : [...EDITORIAL_COLLECTIONS]
  const results = await Promise.all(
    collections.map(async (slug) => {
      const paths = COUNTRY_PATHS[slug]
      if (country && paths.length === 0) {
        return []
      }
      const where: Where = { workflowStatus: { equals: 'in_review' } }
      const byCountry: Where | null = country
        ? { or: paths.map((path) => ({ [path]: path === 'id' ? { equals: country } : { in: [country] } })) }
        : null
      const { docs } = await payload.find({
        collection: slug,
        depth: 1,
        draft: true,
        limit: 200,
        overrideAccess: false,
        pagination: false,
        // Of a large import, the flagged figures are the ones the queue must not cut off.
        sort: slug === 'observations' ? '-anomaly.score' : undefined,
        user,
        where: byCountry ? { and: [where, byCountry] } : where,
      })
      return docs.map((doc) => {
        const record = doc as unknown as Record<string, unknown>
        const submitter = record.submittedBy
        const anomaly = record.anomaly as null | StoredAnomaly | undefined
        const flags = storedFlagsOf(anomaly)
        return {
          collection: slug,
          countries: countryNamesOf(slug, record),
          flags,
          id: doc.id,
          risk: flags.length > 0 ? Number(anomaly?.score ?? 0) : 0,
          submission: typeof record.submission === 'string' && record.submission ? record.submission : null,
          submittedAt: (record.submittedAt as null | string) ?? null,
          submitterId:
            submitter && typeof submitter === 'object' ? (submitter as Named).id : (submitter as Named['id']),
          title: titleOf(record as Named),
        }
      })
    }),
  )
  const names = await submitterNames(
    payload,
    results.flat().map((item) => item.submitterId),
  )
  return results
    .flat()
    .map(({ submitterId, ...item }) => ({ ...item, submittedBy: names.get(String(submitterId)) ?? '—' }))
    .sort(byRisk)
}

/** Flagged first, then by score, then the oldest submission first. */
export const byRisk = (
  a: Pick<ReviewQueueItem, 'flags' | 'risk' | 'submittedAt'>,
  b: Pick<ReviewQueueItem, 'flags' | 'risk' | 'submittedAt'>,
): number =>
  Number(b.flags.length > 0) - Number(a.flags.length > 0) ||
  b.risk - a.risk ||
  String(a.submittedAt ?? '').localeCompare(String(b.submittedAt ?? ''))

export type ReviewItem = {
  changeReason: null | string
  changes: FieldChange[]
  collection: EditorialCollection
  flags: AnomalyFlag[]
  history: WorkflowEvent[]
  id: number | string
  isPublished: boolean
  /** For a figure: its value before and after as readers read it (unit, scale, qualifier, period). */
  readerValues: null | { after: null | string; before: null | string }
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
    changeReason: typeof record.changeReason === 'string' && record.changeReason.trim() ? record.changeReason : null,
    changes: documentChanges(published as unknown as null | Record<string, unknown>, record),
    collection,
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
