import type { Payload, TaskConfig } from 'payload'

import { hasRole } from '@/access/roles'

import { notifyAboutTransition } from './notifications'
import { isEditorialCollection, workflowStatusOf } from './states'
import { setPublished } from './writes'

/** The jobs-queue task that publishes a change an editor approved for a later time. */
export const PUBLISH_APPROVED_TASK = 'publishApproved'

export type ScheduledPublication = {
  approvedBy: string
  collection: string
  docId: string
  /** The time the change was approved for (ISO); the document must still say the same. */
  publishAt: string
}

/**
 * Publishes an approved change at its time, as the editor who approved it, if it is still that
 * approved change: an edit since (back to draft), a withdrawal, a new approval for another time, or
 * an approver who may no longer publish leaves the document as it is. Returns what happened.
 */
export const publishScheduledChange = async (payload: Payload, input: ScheduledPublication): Promise<string> => {
  if (!isEditorialCollection(input.collection)) {
    return `skipped: “${input.collection}” has no editorial workflow`
  }
  const approver = await payload.findByID({
    collection: 'users',
    depth: 0,
    disableErrors: true,
    id: input.approvedBy as never,
    overrideAccess: true,
  })
  if (!approver || !hasRole({ ...approver, collection: 'users' }, 'admin', 'editor')) {
    return 'skipped: the approving editor may no longer publish'
  }
  const current = await payload.findByID({
    collection: input.collection,
    depth: 0,
    disableErrors: true,
    draft: true,
    id: input.docId as never,
    overrideAccess: true,
  })
  const scheduledFor = (current as null | { scheduledPublishAt?: null | string })?.scheduledPublishAt
  if (!current || workflowStatusOf(current as never) !== 'approved' || scheduledFor !== input.publishAt) {
    return 'skipped: the document is no longer approved for this time'
  }
  await setPublished(
    { collection: input.collection, id: current.id, payload, user: { ...approver, collection: 'users' } },
    { action: 'publish', changesLive: true, from: 'approved', scheduled: true, to: 'published' },
    true,
  )
  await notifyAboutTransition({
    action: 'publish',
    collection: input.collection,
    comment: null,
    doc: current as unknown as Record<string, unknown>,
    id: current.id,
    payload,
    scheduled: true,
    user: { ...approver, collection: 'users' },
  })
  return 'published'
}

/** `publishApproved`: queued by an approval with a publication time (lib/workflow/transitions.ts). */
export const publishApprovedTask: TaskConfig<{ input: ScheduledPublication; output: { outcome: string } }> = {
  slug: PUBLISH_APPROVED_TASK,
  handler: async ({ input, req }) => ({ output: { outcome: await publishScheduledChange(req.payload, input) } }),
  inputSchema: [
    { name: 'approvedBy', type: 'text', required: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'docId', type: 'text', required: true },
    { name: 'publishAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  retries: 3,
}
