import type { Endpoint, PayloadHandler } from 'payload'

import { addDataAndFileToRequest, APIError, headersWithCors } from 'payload'

import { reviewBatch } from './batch'
import { isEditorialCollection, isWorkflowAction } from './states'
import { transitionDocument } from './transitions'

const handleTransition: PayloadHandler = async (req) => {
  const collection = req.routeParams?.collection
  const { action, id } = (req.routeParams ?? {}) as { action?: string; id?: string }
  if (!isEditorialCollection(collection) || !id) {
    throw new APIError('Not found.', 404, undefined, true)
  }
  if (!isWorkflowAction(action)) {
    throw new APIError(`Unknown workflow action “${action}”.`, 400, undefined, true)
  }
  await addDataAndFileToRequest(req)
  const body = (req.data ?? {}) as { comment?: unknown; publishAt?: unknown; reason?: unknown }
  const result = await transitionDocument({
    action,
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

/**
 * `POST /api/<collection>/<id>/workflow/<action>` with an optional JSON body `{ comment, publishAt }`:
 * the REST face of lib/workflow/transitions.ts.
 */
export const workflowEndpoints: Endpoint[] = [
  { handler: handleTransition, method: 'post', path: '/:id/workflow/:action' },
  // `POST /api/<collection>/workflow/batch` with `{ approve: [ids], requestChanges: [{ id, comment }], publishAt? }`.
  { handler: handleBatch, method: 'post', path: '/workflow/batch' },
]
