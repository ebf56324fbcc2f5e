import type { Payload, PayloadRequest } from 'payload'

import { APIError, isValidID } from 'payload'

import { roleOf } from '@/access/roles'

import type { WorkflowAssignmentContext } from './context'
import type { EditorialCollection, WorkflowStatus } from './states'
import type { Actor } from './writes'

import { titleOf } from './audit'
import { assignmentRefusal, isReviewerRole, parseDueAt, REVIEWER_ROLES } from './assignmentRules'
import { WORKFLOW_ASSIGNMENT_KEY } from './context'
import { changeAuthorsOf, isFourEyesRequired } from './fourEyes'
import { EDITORIAL_COLLECTIONS, isEditorialCollection, WORKFLOW_STATUS_LABELS, workflowStatusOf } from './states'
import { asActor } from './writes'

type Id = number | string

/**
 * What a request asks of the assignment. A key left out (undefined) keeps what the change has; `assignTo: null`
 * leaves it to the desk, `dueAt: null` removes the due date.
 */
export type AssignmentRequest = { assignTo?: Id | null; dueAt?: Date | null | string }

export type Reviewer = { email: string; id: Id; name: string }

const idOf = (value: unknown): Id | null => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return id === null || id === undefined || id === '' ? null : (id as Id)
}

const badRequest = (message: string): never => {
  throw new APIError(message, 400, undefined, true)
}

/**
 * The editors and admins a change can be assigned to, by name. Read without access control: staff
 * may not open each other's accounts, but they must be able to choose a reviewer by name.
 */
export const listReviewers = async (payload: Payload, req?: PayloadRequest): Promise<Reviewer[]> => {
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { email: true, name: true },
    sort: 'name',
    where: { role: { in: [...REVIEWER_ROLES] } },
  })
  return docs.map((user) => ({ email: user.email, id: user.id, name: user.name || user.email }))
}

/** Whether `id` can be a user's ID on this database (a number on SQLite, an ObjectId on MongoDB). */
export const isUserId = (payload: Payload, id: Id): boolean => {
  const type = payload.collections.users.customIDType ?? payload.db.defaultIDType
  return isValidID(type === 'number' && typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id, type)
}

/** The account `id`, if it may review changes (an editor or admin), or a 400 saying why not. */
const reviewerOf = async (payload: Payload, req: PayloadRequest | undefined, id: Id): Promise<Reviewer> => {
  if (!isUserId(payload, id)) {
    return badRequest(`No staff account has the ID “${String(id)}”: choose an editor or an admin.`)
  }
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    select: { email: true, name: true, role: true },
    where: { id: { equals: id } },
  })
  const user = docs[0]
  if (!user) {
    return badRequest(`No staff account has the ID “${String(id)}”: choose an editor or an admin.`)
  }
  if (!isReviewerRole(user.role)) {
    return badRequest(`${user.name || user.email} is not an editor or an admin, and only they review changes.`)
  }
  return { email: user.email, id: user.id, name: user.name || user.email }
}

const hasAny = (request: AssignmentRequest | undefined): request is AssignmentRequest =>
  !!request && (request.assignTo !== undefined || request.dueAt !== undefined)

/**
 * Checks what `actor.user` asks of the assignment of the change `current` and returns the
 * assignment to write, or null when the request asks nothing. Throws an APIError a person can act
 * on: an unknown or non-reviewing assignee, a bad due date, or a role that may not (assignmentRules).
 */
export const resolveAssignment = async ({
  actor,
  current,
  isSubmitting,
  request,
}: {
  actor: Actor
  current: Record<string, unknown>
  isSubmitting: boolean
  request: AssignmentRequest | undefined
}): Promise<null | WorkflowAssignmentContext> => {
  if (!hasAny(request)) {
    return null
  }
  const currentAssignee = idOf(current.assignedTo)
  const currentDue = (current.dueAt as null | string | undefined) ?? null
  const wanted = request.assignTo !== undefined ? idOf(request.assignTo) : currentAssignee
  const isNewAssignee = wanted !== null && String(wanted) !== String(currentAssignee)
  let dueAt = currentDue
  if (request.dueAt !== undefined) {
    try {
      dueAt = parseDueAt(request.dueAt)?.toISOString() ?? null
    } catch (error) {
      badRequest((error as Error).message)
    }
  }
  const userId = actor.user!.id
  // Who may choose whom first: a refused person learns nothing about other accounts.
  const refusal = assignmentRefusal({
    assignee: isNewAssignee ? wanted : wanted === null ? null : currentAssignee,
    authors: [...changeAuthorsOf(current), idOf(current.submittedBy), ...(isSubmitting ? [userId] : [])].filter(
      (id): id is Id => id !== null,
    ),
    current: currentAssignee,
    isFourEyes: isFourEyesRequired(),
    isSubmitting,
    role: roleOf(actor.user),
    submittedBy: idOf(current.submittedBy),
    userId,
  })
  if (refusal) {
    throw new APIError(refusal.message, refusal.status, undefined, true)
  }
  const reviewer = isNewAssignee ? await reviewerOf(actor.payload, actor.req, wanted) : null
  const assignee = reviewer?.id ?? (wanted === null ? null : currentAssignee)
  return { assignedTo: assignee, dueAt }
}

export type AssignmentResult = {
  assignedTo: Id | null
  collection: EditorialCollection
  dueAt: null | string
  id: Id
}

/**
 * Assigns a change in review to an editor or admin (or back to the desk) and sets or removes its
 * due date, on behalf of `user`, with access control enforced for them; the audit row and the
 * assignee's notice follow from the write (hooks/recordAssignment.ts).
 */
export const assignDocument = async ({
  collection,
  id,
  payload,
  req,
  user,
  ...request
}: AssignmentRequest & Actor): Promise<AssignmentResult> => {
  if (!isEditorialCollection(collection)) {
    throw new APIError(`“${String(collection)}” has no editorial workflow.`, 404, undefined, true)
  }
  const role = roleOf(user)
  if (role !== 'admin' && role !== 'editor' && role !== 'analyst') {
    throw new APIError('Sign in as a member of staff to do this.', 403, undefined, true)
  }
  if (!hasAny(request)) {
    badRequest('Say whom to assign the change to (assignTo, null for the desk) or when it is due (dueAt).')
  }
  const actor: Actor = { collection, id, payload, req, user }
  const current = (await payload.findByID({
    ...asActor(actor),
    collection,
    depth: 0,
    disableErrors: true,
    draft: true,
    id,
  })) as null | Record<string, unknown>
  if (!current) {
    throw new APIError('That document does not exist or you may not see it.', 404, undefined, true)
  }
  const status: WorkflowStatus = workflowStatusOf(current as never)
  if (status !== 'in_review') {
    throw new APIError(
      `Only a change in review can be assigned; this one is ${WORKFLOW_STATUS_LABELS[status].toLowerCase()}.`,
      409,
      undefined,
      true,
    )
  }
  const assignment = await resolveAssignment({ actor, current, isSubmitting: false, request })
  await writeAssignment(actor, assignment!)
  return { assignedTo: assignment!.assignedTo, collection, dueAt: assignment!.dueAt, id }
}

/** The one write of an assignment outside a transition: the newest draft, nothing else changed. */
const writeAssignment = async (actor: Actor, assignment: WorkflowAssignmentContext) => {
  try {
    await actor.payload.update({
      ...asActor(actor),
      collection: actor.collection,
      context: { [WORKFLOW_ASSIGNMENT_KEY]: assignment },
      data: {},
      depth: 0,
      draft: true,
      id: actor.id,
    })
  } finally {
    // The Local API merges the context into the caller's request: later writes must not carry it.
    if (actor.req?.context) {
      delete actor.req.context[WORKFLOW_ASSIGNMENT_KEY]
    }
  }
}

export type OverdueItem = {
  assignedTo: Id | null
  collection: EditorialCollection
  dueAt: string
  id: Id
  title: string
}

/**
 * Every change in review whose due date has passed, oldest due first, for the overdue reminder.
 * Read without access control: it is the system's job, not a person's view.
 */
export const findOverdueItems = async (payload: Payload, now: Date = new Date()): Promise<OverdueItem[]> => {
  const found = await Promise.all(
    EDITORIAL_COLLECTIONS.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        depth: 0,
        draft: true,
        limit: 0,
        overrideAccess: true,
        pagination: false,
        where: {
          and: [{ workflowStatus: { equals: 'in_review' } }, { dueAt: { less_than: now.toISOString() } }],
        },
      })
      return docs.map((doc) => {
        const record = doc as unknown as Record<string, unknown>
        return {
          assignedTo: idOf(record.assignedTo),
          collection,
          dueAt: String(record.dueAt),
          id: doc.id,
          title: titleOf(record),
        }
      })
    }),
  )
  return found.flat().sort((a, b) => a.dueAt.localeCompare(b.dueAt))
}
