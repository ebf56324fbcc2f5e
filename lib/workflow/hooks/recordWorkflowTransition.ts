import type { CollectionAfterChangeHook } from 'payload'

import { titleOf } from '../audit'
import { transitionFromContext } from '../context'
import { isEditorialCollection, workflowStatusOf } from '../states'
import { transitionAuditRow } from '../transitionAuditRow'

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
  await req.payload.create({
    collection: 'workflow-events',
    // The generated types describe SQLite's numeric IDs; on MongoDB the same fields hold strings.
    data: transitionAuditRow({
      actor: req.user,
      collection: collection.slug,
      documentId: doc.id,
      from: transition.from ?? workflowStatusOf(previousDoc),
      title: titleOf(doc),
      to: workflowStatusOf(doc),
      transition,
    }) as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return doc
}
