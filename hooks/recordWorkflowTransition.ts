import type { CollectionAfterChangeHook } from 'payload'

import { transitionFromContext } from '@/lib/workflow/context'
import { isEditorialCollection, TRANSITIONS, WORKFLOW_STATUS_LABELS } from '@/lib/workflow/states'

import { UNPUBLISHING_KEY } from './rememberUnpublishing'
import { workflowStatusOf } from './syncWorkflowFields'

const titleOf = (doc: Record<string, unknown>): string => String(doc.title ?? doc.name ?? doc.acronym ?? doc.id ?? '')

/**
 * Writes one audit row for every workflow transition, and for a publication or unpublication made
 * with Payload's own Publish / Unpublish buttons or a scheduled publish, inside the same transaction as the change itself.
 */
export const recordWorkflowTransition: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const transition = transitionFromContext(context)
  const from =
    operation === 'create' ? 'draft' : context[UNPUBLISHING_KEY] === true ? 'published' : workflowStatusOf(previousDoc)
  const to = workflowStatusOf(doc)
  const isPublication = operation === 'update' && to === 'published' && from !== 'published'
  // Payload's own Unpublish button (recognised before the write, see rememberUnpublishing).
  const isUnpublication = operation === 'update' && to === 'draft' && context[UNPUBLISHING_KEY] === true
  if ((!transition && !isPublication && !isUnpublication) || !isEditorialCollection(collection.slug)) {
    return doc
  }
  const action = transition?.action ?? (isPublication ? 'publish' : 'unpublish')
  const title = titleOf(doc)
  const actorName = req.user ? String((req.user as { name?: string }).name ?? req.user.email ?? req.user.id) : 'System'
  await req.payload.create({
    collection: 'workflow-events',
    data: {
      action,
      actor: req.user?.collection === 'users' ? req.user.id : null,
      actorName,
      comment: transition?.comment ?? null,
      documentCollection: collection.slug,
      documentId: String(doc.id),
      documentTitle: title,
      fromStatus: from,
      summary: `${TRANSITIONS[action].label}: ${title} (${WORKFLOW_STATUS_LABELS[from]} → ${WORKFLOW_STATUS_LABELS[to]})`,
      toStatus: to,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return doc
}
