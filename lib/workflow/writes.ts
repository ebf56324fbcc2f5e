import type { Payload, PayloadRequest, TypedUser } from 'payload'

import type { WorkflowAssignmentContext, WorkflowTransitionContext } from './context'
import type { EditorialCollection } from './states'

import { WORKFLOW_ASSIGNMENT_KEY, WORKFLOW_CONTEXT_KEY } from './context'

/** Who moves which document: the person acting, with access control always enforced for them. */
export type Actor = {
  collection: EditorialCollection
  id: number | string
  payload: Payload
  /** Pass the incoming request from hooks and endpoints so the change joins its transaction. */
  req?: PayloadRequest
  user: null | TypedUser | undefined
}

export const asActor = ({ req, user }: Actor) => ({ overrideAccess: false, req, user })

/**
 * Runs one Local API write with the transition in the hooks' context. The Local API merges that
 * context into the caller's `req`, so it is taken out again: later writes on the same request must
 * not pass for transitions.
 */
const writeTransition = async (actor: Actor, write: () => Promise<unknown>) => {
  try {
    await write()
  } finally {
    if (actor.req?.context) {
      delete actor.req.context[WORKFLOW_CONTEXT_KEY]
      delete actor.req.context[WORKFLOW_ASSIGNMENT_KEY]
    }
  }
}

/**
 * Moves the newest draft along the workflow without touching the live document, with the checked
 * assignment a submission carries (lib/workflow/assignment.ts), if any.
 */
export const moveDraft = (
  actor: Actor,
  transition: WorkflowTransitionContext,
  data: Record<string, unknown> = {},
  assignment: null | WorkflowAssignmentContext = null,
) =>
  writeTransition(actor, () =>
    actor.payload.update({
      ...asActor(actor),
      collection: actor.collection,
      context: { [WORKFLOW_CONTEXT_KEY]: transition, ...(assignment ? { [WORKFLOW_ASSIGNMENT_KEY]: assignment } : {}) },
      data,
      depth: 0,
      draft: true,
      id: actor.id,
    }),
  )

/** Publishes or unpublishes the newest version: the one write that changes what readers see. */
export const setPublished = (
  actor: Actor,
  transition: WorkflowTransitionContext,
  isPublished: boolean,
  data: Record<string, unknown> = {},
) =>
  writeTransition(actor, () =>
    actor.payload.update({
      ...asActor(actor),
      collection: actor.collection,
      context: { [WORKFLOW_CONTEXT_KEY]: transition },
      data: { ...data, _status: isPublished ? 'published' : 'draft' },
      depth: 0,
      id: actor.id,
    }),
  )
