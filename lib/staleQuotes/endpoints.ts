import type { Endpoint, PayloadHandler } from 'payload'

import { addDataAndFileToRequest, headersWithCors } from 'payload'

import { addCorrectionNote, dismissStaleQuote } from './resolve'

const handleDismiss: PayloadHandler = async (req) => {
  const flag = await dismissStaleQuote({ id: String(req.routeParams?.id), payload: req.payload, req, user: req.user })
  return Response.json(flag, { headers: headersWithCors({ headers: new Headers(), req }) })
}

const handleCorrect: PayloadHandler = async (req) => {
  await addDataAndFileToRequest(req)
  const body = (req.data ?? {}) as { text?: unknown }
  const flag = await addCorrectionNote({
    id: String(req.routeParams?.id),
    payload: req.payload,
    req,
    text: typeof body.text === 'string' ? body.text : '',
    user: req.user,
  })
  return Response.json(flag, { headers: headersWithCors({ headers: new Headers(), req }) })
}

/**
 * `POST /api/stale-quotes/<id>/dismiss` (the sentence is still correct) and
 * `POST /api/stale-quotes/<id>/correct` with `{ text }` (a correction note, sent for review): editors only.
 */
export const staleQuoteEndpoints: Endpoint[] = [
  { handler: handleDismiss, method: 'post', path: '/:id/dismiss' },
  { handler: handleCorrect, method: 'post', path: '/:id/correct' },
]
