import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { authorIdsIn, authorIdsOfUser } from '@/access/authorsOfUser'
import { hasRole } from '@/access/roles'

/**
 * An analyst's new article carries their byline, also when it is a duplicate of someone else's
 * (whose authors the copy would otherwise inherit without any check).
 */
export const requireOwnBylineOnCreate: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'create' || !hasRole(req.user, 'analyst')) {
    return data
  }
  const named = authorIdsIn(data.authors ?? originalDoc?.authors)
  const own = await authorIdsOfUser(req)
  if (!own.some((author) => named.includes(String(author)))) {
    throw new APIError(
      'An article you create must carry your byline: add yourself to its authors.',
      403,
      undefined,
      true,
    )
  }
  return data
}
