import type { WorkflowTransitionContext } from './context'
import type { AuditVia, EditorialCollection, WorkflowStatus } from './states'

import { TRANSITIONS, WORKFLOW_STATUS_LABELS } from './states'

type Id = number | string

/** Who made a transition: a signed-in account (users or readers), or nobody for the system. */
export type AuditActor = { collection?: string; email?: null | string; id: Id; name?: null | string } | null

/**
 * The audit-trail row of a workflow transition that moves a draft along (submit, withdraw, request
 * changes, approve for later): the row hooks/recordWorkflowTransition.ts writes through the Local
 * API, and the bulk observation import writes straight into the table for documents it inserts
 * itself (lib/import/observations/write.ts). One function, so the two rows cannot drift apart.
 */
export const transitionAuditRow = ({
  actor,
  collection,
  documentId,
  from,
  title,
  to,
  transition,
}: {
  actor: AuditActor
  collection: EditorialCollection
  documentId: Id
  from: WorkflowStatus
  title: string
  to: WorkflowStatus
  transition: WorkflowTransitionContext
}) => ({
  action: transition.action,
  actor: actor?.collection === 'users' ? actor.id : null,
  actorName: actor ? String(actor.name || actor.email || actor.id) : 'System',
  comment: transition.comment ?? null,
  documentCollection: collection,
  documentId: String(documentId),
  documentTitle: title,
  fromStatus: from,
  summary: `${TRANSITIONS[transition.action].label}: ${title} (${WORKFLOW_STATUS_LABELS[from]} → ${WORKFLOW_STATUS_LABELS[to]})`,
  toStatus: to,
  via: (transition.scheduled ? 'schedule' : 'workflow') as AuditVia,
})
