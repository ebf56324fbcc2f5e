import type { Payload } from 'payload'

import { liveChangeToFigureRevision } from './revisionRow'

const BATCH = 500

/**
 * Gives every published observation of a database created before the revision log a first
 * publication row (approver "System", dated by the observation's last update), once: it does
 * nothing when the log has any row, which every publication since writes. Runs on start on every
 * database adapter (SQLite and MongoDB alike), so no data migration is needed.
 */
export const backfillFigureRevisions = async (payload: Payload): Promise<number> => {
  const { totalDocs: existing } = await payload.count({ collection: 'figure-revisions', overrideAccess: true })
  if (existing > 0) {
    return 0
  }
  let written = 0
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'observations',
      depth: 0,
      limit: BATCH,
      overrideAccess: true,
      page,
      sort: 'id',
      where: { _status: { equals: 'published' } },
    })
    for (const doc of docs) {
      const data = liveChangeToFigureRevision({
        after: doc as unknown as Record<string, unknown>,
        approver: { id: null, name: null, role: null },
        before: null,
        isLiveAfter: true,
        isLiveBefore: false,
        now: new Date(doc.updatedAt ?? doc.createdAt).toISOString(),
      })
      if (data) {
        await payload.create({
          collection: 'figure-revisions',
          data: { ...data, approver: null, figure: data.figure as never },
          depth: 0,
          overrideAccess: true,
        })
        written += 1
      }
    }
    if (!hasNextPage) {
      break
    }
  }
  if (written) {
    payload.logger.info({ msg: `Figure revision log: recorded the first publication of ${written} published figures.` })
  }
  return written
}
