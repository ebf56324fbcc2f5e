import type { Endpoint, PayloadHandler } from 'payload'

import { APIError, headersWithCors, restoreVersionOperation } from 'payload'

import { isPersonWriting } from './liveState'

const handleRestore: PayloadHandler = async (req) => {
  const slug = req.routeParams?.collection as string | undefined
  const id = req.routeParams?.id as string | undefined
  const collection = slug ? req.payload.collections[slug as 'articles'] : undefined
  if (!collection || !id) {
    throw new APIError('Not found.', 404, undefined, true)
  }
  const depth = Number(req.searchParams.get('depth'))
  const result = await restoreVersionOperation({
    id,
    collection,
    depth: Number.isFinite(depth) && req.searchParams.has('depth') ? depth : undefined,
    // The admin's "Restore this version" asks for a live restore; for a person it becomes a draft.
    draft: isPersonWriting(req) || req.searchParams.get('draft') === 'true',
    req,
  })
  return Response.json(
    { ...result, message: 'Restored as a draft: submit it for review to publish it.' },
    { headers: headersWithCors({ headers: new Headers(), req }) },
  )
}

/**
 * `POST /api/<collection>/versions/<id>` for editorial collections, in place of Payload's own: a
 * person's restore is always a draft restore, so it goes through review like any other change.
 */
export const restoreAsDraftEndpoint: Endpoint = { handler: handleRestore, method: 'post', path: '/versions/:id' }
