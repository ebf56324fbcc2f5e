import type { Endpoint, PayloadHandler } from 'payload'

import { addDataAndFileToRequest, APIError, headersWithCors } from 'payload'

import { hasRole } from '@/access/roles'

import { assignDocument, listReviewers } from './assignment'
import { reviewBatch } from './batch'
import { isEditorialCollection, isWorkflowAction } from './states'
import { transitionDocument } from './transitions'

/** A user ID from a JSON body: left out (undefined) keeps, null or '' leaves the change to the desk. */
const idIn = (value: unknown): null | number | string | undefined => {
  if (value === undefined || value === null || typeof value === 'number' || typeof value === 'string') {
    return value === '' ? null : value
  }
  throw new APIError('assignTo is the ID of an editor or admin, or null for the desk.', 400, undefined, true)
}

/** A due date from a JSON body, checked by lib/workflow/assignmentRules.ts#parseDueAt. */
const dueIn = (value: unknown) => (value === '' ? null : (value as null | string | undefined))

const handleTransition: PayloadHandler = async (req) => {
  const collection = req.routeParams?.collection
  const { action, id } = (req.routeParams ?? {}) as { action?: string; id?: string }
  if (!isEditorialCollection(collection) || !id) {
    throw new APIError('Not found.', 404, undefined, true)
  }
  if (action !== 'assign' && !isWorkflowAction(action)) {
    throw new APIError(`Unknown workflow action “${action}”.`, 400, undefined, true)
  }
  await addDataAndFileToRequest(req)
  const body = (req.data ?? {}) as Record<string, unknown>
  const assignment = { assignTo: idIn(body.assignTo), dueAt: dueIn(body.dueAt) }
  if (action === 'assign') {
    const assigned = await assignDocument({ ...assignment, collection, id, payload: req.payload, req, user: req.user })
    return Response.json(assigned, { headers: headersWithCors({ headers: new Headers(), req }) })
  }
  const result = await transitionDocument({
    action,
    ...(action === 'submit' ? assignment : {}),
    collection,
    comment: typeof body.comment === 'string' ? body.comment : null,
    id,
    payload: req.payload,
    publishAt: typeof body.publishAt === 'string' ? body.publishAt : null,
    reason: typeof body.reason === 'string' ? body.reason : null,
    req,
    user: req.user,
  })
  return Response.json(result, { headers: headersWithCors({ headers: new Headers(), req }) })
}

const handleBatch: PayloadHandler = async (req) => {
  const collection = req.routeParams?.collection
  if (!isEditorialCollection(collection)) {
    throw new APIError('Not found.', 404, undefined, true)
  }
  await addDataAndFileToRequest(req)
  const result = await reviewBatch({ collection, input: req.data ?? {}, payload: req.payload, req, user: req.user })
  return Response.json(result, { headers: headersWithCors({ headers: new Headers(), req }) })
}

const handleReviewers: PayloadHandler = async (req) => {
  if (!hasRole(req.user, 'admin', 'editor', 'analyst')) {
    throw new APIError('Sign in as a member of staff to do this.', 403, undefined, true)
  }
  const reviewers = await listReviewers(req.payload, req)
  return Response.json(
    { docs: reviewers.map(({ id, name }) => ({ id, name })) },
    { headers: headersWithCors({ headers: new Headers(), req }) },
  )
}

/** `GET /api/workflow/reviewers`: the editors and admins a change can be assigned to, for staff. */
export const reviewersEndpoint: Endpoint = { handler: handleReviewers, method: 'get', path: '/workflow/reviewers' }

/**
 * `POST /api/<collection>/<id>/workflow/<action>` with an optional JSON body `{ comment, publishAt }`
 * (submit also takes `{ assignTo, dueAt }`): the REST face of lib/workflow/transitions.ts; and
 * `POST /api/<collection>/<id>/workflow/assign` with `{ assignTo, dueAt }` (lib/workflow/assignment.ts).
 */
export const workflowEndpoints: Endpoint[] = [
  { handler: handleTransition, method: 'post', path: '/:id/workflow/:action' },
  // `POST /api/<collection>/workflow/batch` with `{ approve: [ids], requestChanges: [{ id, comment }], publishAt? }`.
  { handler: handleBatch, method: 'post', path: '/workflow/batch' },
]
