import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { APIError } from 'payload'

import { roleOf } from '@/access/roles'
import { anomalyApprovalRefusal } from '@/lib/observations/anomaly'

import type { EditorialCollection, WorkflowAction, WorkflowStatus } from './states'
import type { Actor } from './writes'

import { resolveAssignment } from './assignment'
import { fourEyesRefusal } from './fourEyes'
import { notifyAboutTransition } from './notifications'
import { PUBLISH_APPROVED_TASK } from './scheduledPublication'
import { isEditorialCollection, isWorkflowAction, TRANSITIONS, transitionRefusal, workflowStatusOf } from './states'
import { asActor, moveDraft, setPublished } from './writes'

export type TransitionArgs = {
  action: WorkflowAction
  /**
   * With `submit`: the editor or admin to review the change (null: the desk). Left out, a
   * resubmission keeps its reviewer. See lib/workflow/assignment.ts for who may choose whom.
   */
  assignTo?: null | number | string
  collection: EditorialCollection
  /** Required when requesting changes: what the author should change. */
  comment?: null | string
  /** With `submit`: when the review is due (an instant or a calendar day); null for none. */
  dueAt?: Date | null | string
  id: number | string
  payload: Payload
  /** With `approve`: publish at this time through the jobs queue instead of right away. */
  publishAt?: Date | null | string
  /** Pass the incoming request from hooks and endpoints so the change joins its transaction. */
  req?: PayloadRequest
  /**
   * With `approve` or `publish` on an observation: the editor's "Reason for this change", saved with
   * the approved figure (a flagged figure needs one, lib/observations/anomaly.ts).
   */
  reason?: null | string
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

const isLive = async (actor: Actor): Promise<boolean> => {
  const live = await actor.payload.findByID({
    collection: actor.collection,
    depth: 0,
    disableErrors: true,
    id: actor.id,
    overrideAccess: true,
    req: actor.req,
    select: { _status: true },
  })
  return (live as null | { _status?: string })?._status === 'published'
}

/**
 * Approves a change for publication at `publishAt`. The publication is queued first and checks, when
 * it runs, that the document is still approved for that time; so a failure between the two writes
 * leaves either nothing (the queued publication finds nothing approved) or both.
 */
const approveForLater = async (
  actor: Actor,
  {
    comment,
    data,
    from,
    publishAt,
  }: { comment: null | string; data: Record<string, unknown>; from: WorkflowStatus; publishAt: Date },
) => {
  const scheduledPublishAt = publishAt.toISOString()
  const job = await actor.payload.jobs.queue({
    input: {
      approvedBy: String(actor.user!.id),
      collection: actor.collection,
      docId: String(actor.id),
      publishAt: scheduledPublishAt,
    },
    req: actor.req,
    task: PUBLISH_APPROVED_TASK,
    waitUntil: publishAt,
  })
  try {
    await moveDraft(actor, { action: 'approve', comment, from, scheduledPublishAt, to: 'approved' }, data)
  } catch (error) {
    await actor.payload
      .delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true, req: actor.req })
      .catch((err: unknown) =>
        actor.payload.logger.error({
          err,
          msg: `Could not remove the queued publication ${job.id}; it will find nothing approved`,
        }),
      )
    throw error
  }
}

/**
 * Why `action` may not make `doc` live yet, or null: a flagged figure needs a reason for the change
 * first (lib/observations/anomaly.ts). The database guard holds the same rule for every other path.
 */
export const approvalGateRefusal = ({
  action,
  collection,
  doc,
}: {
  action: WorkflowAction
  collection: EditorialCollection
  doc: unknown
}): null | string =>
  collection === 'observations' && (action === 'approve' || action === 'publish')
    ? anomalyApprovalRefusal(doc as Parameters<typeof anomalyApprovalRefusal>[0])
    : null

/** The reason an editor gives with an approval, when it applies (observations, approve or publish). */
const reasonOf = ({ action, collection, reason }: TransitionArgs): null | string =>
  collection === 'observations' && (action === 'approve' || action === 'publish') ? reason?.trim() || null : null

export type CheckedTransition = {
  comment: null | string
  /** The newest draft as `user` may read it. */
  current: Record<string, unknown>
  from: WorkflowStatus
  publishAt: Date | null
}

/**
 * Checks, without writing, that `user` may take `action` on the document now: role, state, four
 * eyes, the anomaly gate and the collection's access rules (the read is made as them). Throws an
 * APIError with a message a person can act on; batches call it for every item before writing any.
 */
export const checkTransition = async (args: TransitionArgs): Promise<CheckedTransition> => {
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
  // Unpublishing concerns the live document, whatever change is waiting in its newest draft.
  const from = action === 'unpublish' && (await isLive(args)) ? 'published' : workflowStatusOf(current as never)
  const refusal = transitionRefusal(action, role, from)
  if (refusal) {
    const isRoleAllowed = (rule.roles as readonly string[]).includes(role)
    throw new APIError(refusal, isRoleAllowed ? 409 : 403, undefined, true)
  }

  const fourEyes = fourEyesRefusal({ action, doc: current as never, userId: user!.id })
  if (fourEyes) {
    throw new APIError(fourEyes, 403, undefined, true)
  }
  const reason = reasonOf(args)
  const anomaly = approvalGateRefusal({
    action,
    collection,
    doc: reason ? { ...(current as object), changeReason: reason } : current,
  })
  if (anomaly) {
    throw new APIError(anomaly, 409, undefined, true)
  }

  return { comment, current: current as unknown as Record<string, unknown>, from, publishAt }
}

/**
 * Moves an editorial document through the workflow on behalf of `user`: checks their role and the
 * document's current state, enforces the collection's access rules for them, and records the
 * transition in the audit trail (workflow-events). Throws an APIError with a message a person can
 * act on when the move is not allowed.
 */
export const transitionDocument = async (args: TransitionArgs): Promise<TransitionResult> => {
  const { action, collection, id, payload, user } = args
  const { comment, current, from, publishAt } = await checkTransition(args)
  const assignment =
    action === 'submit'
      ? await resolveAssignment({
          actor: args,
          current,
          isSubmitting: true,
          request: { assignTo: args.assignTo, dueAt: args.dueAt },
        })
      : null
  const rule = TRANSITIONS[action]
  const reason = reasonOf(args)
  const data = reason ? { changeReason: reason } : {}
  // Who submitted and wrote the change, read before publishing clears it, for the notifications.
  const before = await payload.findByID({ collection, depth: 0, draft: true, id, overrideAccess: true, req: args.req })
  let to: WorkflowStatus = rule.to
  if (action === 'publish' || action === 'unpublish') {
    await setPublished(args, { action, changesLive: true, comment, from, to: rule.to }, action === 'publish', data)
  } else if (action === 'approve' && publishAt) {
    await approveForLater(args, { comment, data, from, publishAt })
  } else if (action === 'approve') {
    // One write approves and publishes, so a failure cannot leave an approval nothing will publish.
    await setPublished(args, { action, changesLive: true, comment, from, to: 'published' }, true, data)
    to = 'published'
  } else {
    await moveDraft(args, { action, comment, from, to: rule.to }, {}, assignment)
  }
  await notifyAboutTransition({
    action,
    collection,
    comment,
    doc: before as unknown as Record<string, unknown>,
    id,
    payload,
    req: args.req,
    scheduledFor: publishAt?.toISOString() ?? null,
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
