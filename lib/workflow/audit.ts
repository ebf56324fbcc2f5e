import type { Payload, PayloadRequest } from 'payload'

import type { AuditVia, LiveChangeKind, WorkflowStatus } from './states'

import { recordFigureRevision } from '@/lib/figureRevisions/record'
import { recordStaleQuotes } from '@/lib/staleQuotes/record'

import { transitionFromContext } from './context'
import { changedContentFields } from './liveState'
import { AUDIT_ACTION_LABELS, WORKFLOW_STATUS_LABELS, workflowStatusOf } from './states'

type Row = Record<string, unknown> & { id: number | string }

/** One document whose live state a write changed: as stored before, and as written (null once deleted). */
export type LiveChange = { after: null | Record<string, unknown>; before: null | Row; id: number | string }

type Request = Partial<PayloadRequest> | undefined

export const titleOf = (doc: null | Record<string, unknown> | undefined): string =>
  String(doc?.title ?? doc?.name ?? doc?.acronym ?? doc?.alt ?? doc?.filename ?? doc?.id ?? '')

const isLive = (collection: string, row: null | Record<string, unknown> | undefined) =>
  !!row && (collection === 'media' ? row.isPublic === true : row._status === 'published')

/** What a write did to the document readers see. */
export const liveChangeKind = (collection: string, change: LiveChange): LiveChangeKind => {
  if (!change.after) {
    return 'deleted'
  }
  const wasLive = isLive(collection, change.before)
  const isNowLive = isLive(collection, change.after)
  if (wasLive && !isNowLive && collection !== 'media') {
    return 'unpublished'
  }
  return wasLive ? 'changed' : 'published'
}

/** The path a write took: a workflow transition, a scheduled publication, or an API call. */
export const auditViaOf = (req: Request): AuditVia => {
  const transition = transitionFromContext(req?.context)
  if (transition) {
    return transition.scheduled ? 'schedule' : 'workflow'
  }
  return req?.payloadAPI === 'REST' ? 'rest' : req?.payloadAPI === 'GraphQL' ? 'graphql' : 'local'
}

const actorNameOf = (req: Request): string => {
  const user = req?.user as { email?: string; id?: unknown; name?: string } | null | undefined
  return user ? String(user.name || user.email || user.id) : 'System'
}

/**
 * Writes one audit row for each document whose live state a write changed — who, when, how, what
 * (the fields readers now see differently) and from which state — whoever made it and by whatever
 * path. Workflow transitions that only move a draft along are recorded by their own hook.
 */
export const recordLiveChanges = async ({
  changes,
  collection,
  payload,
  req,
}: {
  changes: LiveChange[]
  collection: string
  payload: Payload
  req: Request
}) => {
  const transition = transitionFromContext(req?.context)
  const isMedia = collection === 'media'
  for (const change of changes) {
    const liveChange = liveChangeKind(collection, change)
    const action =
      transition?.action ??
      (change.before
        ? { changed: 'edit', deleted: 'delete', published: 'publish', unpublished: 'unpublish' }[liveChange]
        : 'create')
    const fromStatus: null | WorkflowStatus =
      isMedia || !change.before ? null : (transition?.from ?? workflowStatusOf(change.before as never))
    const toStatus: null | WorkflowStatus =
      isMedia || !change.after ? null : (transition?.to ?? workflowStatusOf(change.after))
    const title = titleOf(change.after ?? change.before)
    const states =
      fromStatus && toStatus
        ? ` (${WORKFLOW_STATUS_LABELS[fromStatus]} → ${WORKFLOW_STATUS_LABELS[toStatus]})`
        : fromStatus
          ? ` (was ${WORKFLOW_STATUS_LABELS[fromStatus].toLowerCase()})`
          : toStatus
            ? ` (${WORKFLOW_STATUS_LABELS[toStatus]})`
            : ''
    // A document that did not exist before has no "changed" fields: all of it is new.
    const changedFields = change.after && change.before ? changedContentFields(change.before, change.after) : []
    if (!transition && liveChange === 'changed' && changedFields.length === 0) {
      // Only bookkeeping (derived references, visibility) changed: readers see nothing new.
      continue
    }
    await payload.create({
      collection: 'workflow-events',
      data: {
        action,
        actor: req?.user?.collection === 'users' ? (req.user.id as number) : null,
        actorName: actorNameOf(req),
        changedFields: changedFields.join(', ') || null,
        comment: transition?.comment ?? null,
        documentCollection: collection as never,
        documentId: String(change.id),
        documentTitle: title,
        fromStatus,
        liveChange,
        summary: `${AUDIT_ACTION_LABELS[action] ?? action}: ${title}${states}`,
        toStatus,
        via: auditViaOf(req),
      },
      depth: 0,
      overrideAccess: true,
      req: req as PayloadRequest | undefined,
    })
    if (collection === 'observations') {
      await recordFigureRevision({
        after: change.after,
        before: change.before,
        isLiveAfter: isLive(collection, change.after),
        isLiveBefore: isLive(collection, change.before),
        payload,
        req,
      })
      if (change.before && change.after && isLive(collection, change.before) && isLive(collection, change.after)) {
        try {
          await recordStaleQuotes({ after: change.after, before: change.before, payload, req })
        } catch (err) {
          // The figure is published either way; a failed check must not undo an editor's approval.
          payload.logger.error({ err, msg: `Stale-number check failed for observation ${change.id}` })
        }
      }
    }
  }
}
