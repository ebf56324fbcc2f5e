import type { RequestContext } from 'payload'

import type { WorkflowAction, WorkflowStatus } from './states'

/**
 * Set by the workflow's server code (never reachable from a request body) so the editorial hooks
 * know a transition is under way, which it is and with what comment.
 */
export type WorkflowTransitionContext = {
  action: WorkflowAction
  /**
   * The write publishes or unpublishes, i.e. changes what readers see. Only transitions set it,
   * after checking the role, the state and four eyes; it is the one key to the live document.
   */
  changesLive?: boolean
  comment?: null | string
  /** The state the document was in when the transition was checked, for the audit trail. */
  from?: WorkflowStatus
  /** A publication made by the jobs queue at the time an editor approved it for. */
  scheduled?: boolean
  /** With a scheduled approval: when the approved change is to be published (ISO). */
  scheduledPublishAt?: null | string
  /** With `submit`: the batch the document is submitted in (a spreadsheet import), for partial approval. */
  submission?: null | string
  to: WorkflowStatus
}

export const WORKFLOW_CONTEXT_KEY = 'workflowTransition'

/**
 * Set by lib/workflow/assignment.ts (never reachable from a request body) with the checked
 * assignment a write carries: who reviews the item (null: the desk) and by when (ISO, or null).
 */
export type WorkflowAssignmentContext = { assignedTo: null | number | string; dueAt: null | string }

export const WORKFLOW_ASSIGNMENT_KEY = 'workflowAssignment'

export const assignmentFromContext = (context: RequestContext | undefined): null | WorkflowAssignmentContext =>
  (context?.[WORKFLOW_ASSIGNMENT_KEY] as undefined | WorkflowAssignmentContext) ?? null

export const transitionFromContext = (context: RequestContext | undefined): null | WorkflowTransitionContext =>
  (context?.[WORKFLOW_CONTEXT_KEY] as undefined | WorkflowTransitionContext) ?? null

/** Whether the current write is a checked workflow transition that may change the live document. */
export const isLiveTransition = (context: RequestContext | undefined): boolean =>
  transitionFromContext(context)?.changesLive === true
