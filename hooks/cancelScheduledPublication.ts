import type { CollectionAfterChangeHook } from 'payload'

import { transitionFromContext } from '@/lib/workflow/context'

import { workflowStatusOf } from './syncWorkflowFields'

type ScheduledInput = { doc?: { relationTo?: string; value?: unknown } }

/**
 * An approved change can wait for its publication time in the jobs queue. Editing the document
 * in the meantime starts a new, unreviewed change (back to draft), and Payload's scheduled publish
 * would publish whatever the newest draft is: so the queued publication is cancelled, and the new
 * change goes through review like any other.
 */
export const cancelScheduledPublication: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (
    operation !== 'update' ||
    transitionFromContext(context) ||
    workflowStatusOf(previousDoc) !== 'approved' ||
    workflowStatusOf(doc) !== 'draft'
  ) {
    return doc
  }
  const { docs: pending } = await req.payload.find({
    collection: 'payload-jobs',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] },
  })
  for (const job of pending) {
    const target = (job.input as ScheduledInput | undefined)?.doc
    if (target?.relationTo === collection.slug && String(target.value) === String(doc.id)) {
      await req.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true, req })
    }
  }
  return doc
}
