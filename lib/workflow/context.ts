import type { RequestContext } from 'payload'

import type { WorkflowAction, WorkflowStatus } from './states'

/**
 * Set by the workflow's server code (never reachable from a request body) so the editorial hooks
 * know a transition is under way, which it is and with what comment.
 */
export type WorkflowTransitionContext = {
  action: WorkflowAction
  comment?: null | string
  to: WorkflowStatus
}

export const WORKFLOW_CONTEXT_KEY = 'workflowTransition'

export const transitionFromContext = (context: RequestContext | undefined): null | WorkflowTransitionContext =>
  (context?.[WORKFLOW_CONTEXT_KEY] as undefined | WorkflowTransitionContext) ?? null
