import type { CollectionAfterChangeHook } from 'payload'

import { titleOf } from '../audit'
import { transitionFromContext } from '../context'
import { isEditorialCollection, TRANSITIONS, WORKFLOW_STATUS_LABELS, workflowStatusOf } from '../states'

/**
 * Writes one audit row for every workflow transition that moves a draft along (submit, withdraw,
 * request changes, approve for later). Transitions that publish or unpublish change the live
 * document, and every such change is recorded where it is written (lib/workflow/guardLiveWrites.ts).
 * Without transactions (SQLite, FerretDB) the row is written right after the change, not with it.
 */
export const recordWorkflowTransition: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  previousDoc,
  req,
}) => {
  const transition = transitionFromContext(context)
  if (!transition || transition.changesLive || !isEditorialCollection(collection.slug)) {
    return doc
  }
  const from = transition.from ?? workflowStatusOf(previousDoc)
  const to = workflowStatusOf(doc)
  const title = titleOf(doc)
  const actorName = req.user ? String((req.user as { name?: string }).name || req.user.email || req.user.id) : 'System'
  await req.payload.create({
    collection: 'workflow-events',
    data: {
      action: transition.action,
      actor: req.user?.collection === 'users' ? req.user.id : null,
      actorName,
      comment: transition.comment ?? null,
      documentCollection: collection.slug,
      documentId: String(doc.id),
      documentTitle: title,
      fromStatus: from,
      summary: `${TRANSITIONS[transition.action].label}: ${title} (${WORKFLOW_STATUS_LABELS[from]} → ${WORKFLOW_STATUS_LABELS[to]})`,
      toStatus: to,
      via: transition.scheduled ? 'schedule' : 'workflow',
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return doc
}
