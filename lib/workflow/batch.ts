import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { APIError } from 'payload'

import { hasRole } from '@/access/roles'

import type { EditorialCollection, WorkflowAction } from './states'
import type { TransitionResult } from './transitions'

import { checkTransition, transitionDocument } from './transitions'

type Id = number | string

export type BatchReviewInput = {
  approve?: unknown
  /** With the approvals: publish them at this time instead of now. */
  publishAt?: unknown
  requestChanges?: unknown
}

export type BatchRefusal = { action: WorkflowAction; id: string; message: string }

/** Refused as a whole: nothing was changed; each refused item says why. */
export class BatchRefusedError extends APIError {
  refused: BatchRefusal[]
  constructor(refused: BatchRefusal[]) {
    const list = refused.map((item) => `${item.id} (${item.action}): ${item.message}`).join(' ')
    super(
      `Nothing was changed: ${refused.length} of the figures cannot be decided as asked. ${list}`,
      409,
      { refused },
      true,
    )
    this.refused = refused
  }
}

type BatchItem = { action: 'approve' | 'requestChanges'; comment: null | string; id: string; reason: null | string }

const idText = (value: unknown): null | string =>
  (typeof value === 'string' && value.trim()) || typeof value === 'number' ? String(value).trim() : null

/** The request's items, or a 400 naming what is malformed. */
export const readBatchItems = (input: BatchReviewInput): BatchItem[] => {
  const approve = input.approve ?? []
  const changes = input.requestChanges ?? []
  if (!Array.isArray(approve) || !Array.isArray(changes)) {
    throw new APIError(
      'Send { approve: [id or { id, reason }], requestChanges: [{ id, comment }] }.',
      400,
      undefined,
      true,
    )
  }
  const items: BatchItem[] = [
    // An approval is an id, or `{ id, reason }` with the editor's reason for a flagged figure.
    ...approve.map((entry) => {
      const { id, reason } = (entry && typeof entry === 'object' ? entry : { id: entry }) as {
        id?: unknown
        reason?: unknown
      }
      return {
        action: 'approve' as const,
        comment: null,
        id: idText(id) ?? '',
        reason: typeof reason === 'string' ? reason : null,
      }
    }),
    ...changes.map((entry) => {
      const { comment, id } = (entry ?? {}) as { comment?: unknown; id?: unknown }
      return {
        action: 'requestChanges' as const,
        comment: typeof comment === 'string' ? comment : null,
        id: idText(id) ?? '',
        reason: null,
      }
    }),
  ]
  if (items.length === 0) {
    throw new APIError('Choose at least one figure to approve or send back.', 400, undefined, true)
  }
  if (items.some((item) => !item.id)) {
    throw new APIError('Every item needs the id of a figure.', 400, undefined, true)
  }
  const seen = new Set<string>()
  const twice = items.filter((item) => (seen.has(item.id) ? true : (seen.add(item.id), false)))
  if (twice.length > 0) {
    throw new APIError(
      `Decide each figure once: ${[...new Set(twice.map((item) => item.id))].join(', ')} appear more than once.`,
      400,
      undefined,
      true,
    )
  }
  return items
}

export type BatchReviewResult = { approved: TransitionResult[]; sentBack: TransitionResult[] }

/**
 * Approves some documents of a submission and sends the others back, each with its own comment, as
 * `user` through the same transitions as one document (role, state, four eyes, the anomaly gate,
 * access rules). Every item is checked before anything is written: if any is refused, nothing
 * changes and the error names each refused item and why. Each transition writes its own audit row.
 */
export const reviewBatch = async ({
  collection,
  input,
  payload,
  req,
  user,
}: {
  collection: EditorialCollection
  input: BatchReviewInput
  payload: Payload
  req?: PayloadRequest
  user: null | TypedUser | undefined
}): Promise<BatchReviewResult> => {
  if (!user) {
    throw new APIError('Sign in as an editor to review a submission.', 401, undefined, true)
  }
  if (!hasRole(user, 'admin', 'editor')) {
    throw new APIError('Only editors can approve figures or send them back.', 403, undefined, true)
  }
  const items = readBatchItems(input)
  const publishAt = typeof input.publishAt === 'string' && input.publishAt ? input.publishAt : null
  const argsOf = (item: BatchItem) => ({
    action: item.action,
    collection,
    comment: item.comment,
    id: item.id,
    payload,
    publishAt: item.action === 'approve' ? publishAt : null,
    reason: item.reason,
    req,
    user,
  })
  const refused: BatchRefusal[] = []
  for (const item of items) {
    try {
      await checkTransition(argsOf(item))
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      refused.push({
        action: item.action,
        id: item.id,
        message: /not found/i.test(message) ? 'No such figure.' : message,
      })
    }
  }
  if (refused.length > 0) {
    throw new BatchRefusedError(refused)
  }
  const result: BatchReviewResult = { approved: [], sentBack: [] }
  for (const item of items) {
    const done = await transitionDocument(argsOf(item))
    ;(item.action === 'approve' ? result.approved : result.sentBack).push(done)
  }
  return result
}

export type { Id as BatchId }
