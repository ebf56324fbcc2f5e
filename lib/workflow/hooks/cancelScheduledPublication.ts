import type { CollectionAfterChangeHook } from 'payload'

import { transitionFromContext } from '../context'
import { PUBLISH_APPROVED_TASK, type ScheduledPublication } from '../scheduledPublication'
import { workflowStatusOf } from '../states'

/**
 * An approved change can wait for its publication time in the jobs queue. Editing the document in
 * the meantime starts a new, unreviewed change (back to draft): the queued publication would find
 * nothing approved and do nothing, and is removed here so the queue shows only what will happen.
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
    where: { and: [{ taskSlug: { equals: PUBLISH_APPROVED_TASK } }, { completedAt: { exists: false } }] },
  })
  for (const job of pending) {
    const input = job.input as Partial<ScheduledPublication> | undefined
    if (input?.collection === collection.slug && input.docId === String(doc.id)) {
      await req.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true, req })
    }
  }
  return doc
}
