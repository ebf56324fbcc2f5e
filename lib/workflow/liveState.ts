import type { PayloadRequest, RequestContext } from 'payload'

import { roleOf } from '@/access/roles'

import { isLiveTransition } from './context'
import { isEditorialCollection } from './states'

/** Collections whose documents readers see: the editorial ones and the media their pages show. */
export const isReaderFacingCollection = (slug: string): boolean => isEditorialCollection(slug) || slug === 'media'

type RequestLike = Partial<Pick<PayloadRequest, 'context' | 'payloadAPI' | 'user'>> | undefined

/**
 * Who is behind a write: a person (a signed-in user, or anyone calling the REST or GraphQL API) or
 * the system (server code calling the Local API without a user: seeding, migrations, imports'
 * own bookkeeping). People's writes are held to the editorial rules; the system's are not.
 */
export const isPersonWriting = (req: RequestLike): boolean =>
  Boolean(req?.user) || (req?.payloadAPI !== undefined && req.payloadAPI !== 'local')

export type LiveOperation = 'create' | 'delete' | 'update'

/**
 * Why a person may not make a write that changes what readers see, or `null` when they may.
 * Live editorial documents change only through checked workflow transitions (publish, approve,
 * unpublish) or an editor's deletion; images on published pages only by an editor.
 */
export const liveWriteRefusal = ({
  collection,
  context,
  operation,
  req,
}: {
  collection: string
  context: RequestContext | undefined
  operation: LiveOperation
  req: RequestLike
}): null | string => {
  if (!isPersonWriting(req) || isLiveTransition(context)) {
    return null
  }
  const role = roleOf(req?.user)
  const isEditor = role === 'admin' || role === 'editor'
  if (collection === 'media') {
    return isEditor ? null : 'This image is shown on published pages, so only an editor can change or remove it.'
  }
  if (operation === 'delete') {
    return isEditor ? null : 'Only an editor can delete a published document; unpublished drafts are yours to delete.'
  }
  return operation === 'create'
    ? 'A new document starts as a draft: save it as a draft and submit it for review.'
    : 'Published content changes only through review: your change is saved as a draft for an editor to approve.'
}

/** Fields that are bookkeeping rather than content, left out of an audit row's changed fields. */
const BOOKKEEPING_FIELDS = new Set([
  '_status',
  'anomaly',
  'changeAuthors',
  'createdAt',
  'id',
  'isPublic',
  'mediaRefs',
  'reviewComment',
  'scheduledPublishAt',
  // Follows the name and aliases, which are compared.
  'searchNames',
  // An upload's derived copies and addresses follow its file, whose name and size are compared.
  'sizes',
  'submittedAt',
  'submittedBy',
  'submission',
  'thumbnailURL',
  'updatedAt',
  'url',
  'workflowStatus',
])

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) && 'id' in value ? (value as { id: unknown }).id : value

/** A value as comparable JSON: relationships by ID, empty values alike. */
const comparable = (value: unknown): string => {
  const normalize = (item: unknown): unknown => {
    if (item === undefined || item === null || item === '') {
      return null
    }
    if (Array.isArray(item)) {
      return item.length === 0 ? null : item.map((entry) => normalize(idOf(entry)))
    }
    if (item instanceof Date) {
      return item.toISOString()
    }
    if (typeof item === 'object') {
      // A group stored with empty members reads back with or without them: both mean "empty".
      const entries = Object.keys(item as object)
        .sort()
        .map((key) => [key, normalize((item as Record<string, unknown>)[key])] as const)
        .filter(([key, entry]) => entry !== null && key !== 'id')
      return entries.length === 0 ? null : Object.fromEntries(entries)
    }
    return item
  }
  return JSON.stringify(normalize(idOf(value)))
}

/** Top-level content fields whose stored value differs between two rows, in name order. */
export const changedContentFields = (
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): string[] =>
  [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])]
    .filter((key) => !BOOKKEEPING_FIELDS.has(key) && key in after)
    .filter((key) => comparable(before?.[key]) !== comparable(after[key]))
    .sort()
