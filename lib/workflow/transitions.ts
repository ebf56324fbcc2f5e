import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { APIError } from 'payload'

import { roleOf } from '@/access/roles'
import { workflowStatusOf } from '@/hooks/syncWorkflowFields'

import type { WorkflowTransitionContext } from './context'
import type { EditorialCollection, WorkflowAction, WorkflowStatus } from './states'

import { WORKFLOW_CONTEXT_KEY } from './context'
import { notifyAboutTransition } from './notifications'
import { isEditorialCollection, isWorkflowAction, TRANSITIONS, transitionRefusal } from './states'

export type TransitionArgs = {
  action: WorkflowAction
  collection: EditorialCollection
  /** Required when requesting changes: what the author should change. */
  comment?: null | string
  id: number | string
  payload: Payload
  /** With `approve`: publish at this time through the jobs queue instead of right away. */
  publishAt?: Date | null | string
  /** Pass the incoming request from hooks and endpoints so the change joins its transaction. */
  req?: PayloadRequest
  /** The person acting; access control is always enforced for them. */
  user: null | TypedUser | undefined
}

export type TransitionResult = {
  collection: EditorialCollection
  from: WorkflowStatus
  id: number | string
  scheduledFor: null | string
  to: WorkflowStatus
}

type Actor = Pick<TransitionArgs, 'collection' | 'id' | 'payload' | 'req' | 'user'>

const asActor = ({ req, user }: Actor) => ({ overrideAccess: false, req, user })

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
    }
  }
}

const moveDraft = (actor: Actor, transition: WorkflowTransitionContext) =>
  writeTransition(actor, () =>
    actor.payload.update({
      ...asActor(actor),
      collection: actor.collection,
      context: { [WORKFLOW_CONTEXT_KEY]: transition },
      data: {},
      depth: 0,
      draft: true,
      id: actor.id,
    }),
  )

const setPublished = (actor: Actor, transition: WorkflowTransitionContext, isPublished: boolean) =>
  writeTransition(actor, () =>
    actor.payload.update({
      ...asActor(actor),
      collection: actor.collection,
      context: { [WORKFLOW_CONTEXT_KEY]: transition },
      data: { _status: isPublished ? 'published' : 'draft' },
      depth: 0,
      id: actor.id,
    }),
  )

const parsePublishAt = (value: TransitionArgs['publishAt']): Date | null => {
  if (!value) {
    return null
  }
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) {
    throw new APIError('The publication time is not a valid date.', 400, undefined, true)
  }
  if (date.getTime() <= Date.now()) {
    throw new APIError('The publication time must be in the future.', 400, undefined, true)
  }
  return date
}

/**
 * Moves an editorial document through the workflow on behalf of `user`: checks their role and the
 * document's current state, enforces the collection's access rules for them, and records the
 * transition in the audit trail (workflow-events). Throws an APIError with a message a person can
 * act on when the move is not allowed.
 */
export const transitionDocument = async (args: TransitionArgs): Promise<TransitionResult> => {
  const { action, collection, id, payload, user } = args
  if (!isEditorialCollection(collection)) {
    throw new APIError(`“${String(collection)}” has no editorial workflow.`, 404, undefined, true)
  }
  if (!isWorkflowAction(action)) {
    throw new APIError(`Unknown workflow action “${String(action)}”.`, 400, undefined, true)
  }
  const role = roleOf(user)
  if (!role) {
    throw new APIError('Sign in as a member of staff to do this.', 403, undefined, true)
  }
  const comment = args.comment?.trim() || null
  const rule = TRANSITIONS[action]
  if ('requiresComment' in rule && rule.requiresComment && !comment) {
    throw new APIError('Say what should change: a comment is required when requesting changes.', 400, undefined, true)
  }
  const publishAt = action === 'approve' ? parsePublishAt(args.publishAt) : null

  const current = await payload.findByID({ ...asActor(args), collection, depth: 0, draft: true, id })
  const from = workflowStatusOf(current as never)
  const refusal = transitionRefusal(action, role, from)
  if (refusal) {
    const isRoleAllowed = (rule.roles as readonly string[]).includes(role)
    throw new APIError(refusal, isRoleAllowed ? 409 : 403, undefined, true)
  }

  if (action === 'publish' || action === 'unpublish') {
    await setPublished(args, { action, comment, to: rule.to }, action === 'publish')
  } else {
    await moveDraft(args, { action, comment, to: rule.to })
  }

  let to: WorkflowStatus = rule.to
  if (action === 'approve' && publishAt) {
    await payload.jobs.queue({
      input: {
        // Payload's own scheduler stores the ID as a string too (payloadcms/payload#10481).
        doc: { relationTo: collection, value: String(id) } as never,
        type: 'publish',
        user: { relationTo: 'users', value: user!.id },
      },
      req: args.req,
      task: 'schedulePublish',
      waitUntil: publishAt,
    })
  } else if (action === 'approve') {
    await setPublished(args, { action: 'publish', comment: null, to: 'published' }, true)
    to = 'published'
  }
  const saved = await payload.findByID({ collection, depth: 0, draft: true, id, overrideAccess: true, req: args.req })
  await notifyAboutTransition({
    action,
    collection,
    comment,
    doc: saved as unknown as Record<string, unknown>,
    id,
    payload,
    req: args.req,
    user: user!,
  })
  return { collection, from, id, scheduledFor: publishAt?.toISOString() ?? null, to }
}

type ShortcutArgs = Omit<TransitionArgs, 'action'>

/** Puts a draft (e.g. one an import created) into the review queue on behalf of `user`. */
export const submitForReview = (args: ShortcutArgs) => transitionDocument({ ...args, action: 'submit' })

/** Sends a document in review back to its author with a required comment. */
export const requestChanges = (args: ShortcutArgs & { comment: string }) =>
  transitionDocument({ ...args, action: 'requestChanges' })

/** Approves a document in review and publishes it, now or at `publishAt`. */
export const approveAndPublish = (args: ShortcutArgs) => transitionDocument({ ...args, action: 'approve' })
