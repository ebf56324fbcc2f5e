import type { Payload, PayloadRequest } from 'payload'

import type { Approver } from './revisionRow'

import { liveChangeToFigureRevision } from './revisionRow'

type Request = Partial<PayloadRequest> | undefined

/** Who approved a write: the signed-in staff member making it (a scheduled job acts as its approver), else the system. */
export const approverOf = (req: Request): Approver => {
  const user = req?.user as { collection?: string; id?: number | string; name?: null | string; role?: string } | null
  return user?.collection === 'users'
    ? { id: user.id ?? null, name: user.name || null, role: user.role ?? null }
    : { id: null, name: null, role: null }
}

/**
 * Appends a row to the figure revision log when a write changes the figure readers see (a first
 * publication, a revised value, period, unit, qualifier or source, a withdrawal). Called from the
 * audit trail (lib/workflow/audit.ts) so every path that changes what readers see is covered.
 */
export const recordFigureRevision = async ({
  after,
  before,
  isLiveAfter,
  isLiveBefore,
  payload,
  req,
}: {
  after: null | Record<string, unknown>
  before: null | Record<string, unknown>
  isLiveAfter: boolean
  isLiveBefore: boolean
  payload: Payload
  req: Request
}) => {
  const data = liveChangeToFigureRevision({
    after,
    approver: approverOf(req),
    before,
    isLiveAfter,
    isLiveBefore,
    now: new Date().toISOString(),
  })
  if (!data) {
    return
  }
  if (data.kind === 'published') {
    // Published again after a withdrawal: the log still says what readers saw last.
    const { docs } = await payload.find({
      collection: 'figure-revisions',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req: req as PayloadRequest | undefined,
      sort: '-publishedAt',
      where: { and: [{ observationId: { equals: data.observationId } }, { kind: { not_equals: 'withdrawn' } }] },
    })
    if (docs[0]) {
      data.kind = 'revised'
      data.previousValue = docs[0].value ?? null
      data.previousValueMax = docs[0].valueMax ?? null
    }
  }
  await payload.create({
    collection: 'figure-revisions',
    data: { ...data, approver: data.approver as number | null, figure: data.figure as never },
    depth: 0,
    overrideAccess: true,
    req: req as PayloadRequest | undefined,
  })
}
