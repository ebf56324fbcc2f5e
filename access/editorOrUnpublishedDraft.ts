import type { Access } from 'payload'

import { authorIdsOfUser } from './authorsOfUser'
import { hasRole } from './roles'

/**
 * Who may delete editorial documents: editors and admins any; an analyst only documents that are
 * not published (and, for articles, only their own). Published documents stay an editor's call.
 */
export const editorOrUnpublishedDraft =
  ({ isOwnedThroughAuthors = false }: { isOwnedThroughAuthors?: boolean } = {}): Access =>
  async ({ req }) => {
    if (hasRole(req.user, 'admin', 'editor')) {
      return true
    }
    if (!hasRole(req.user, 'analyst')) {
      return false
    }
    const unpublished = { _status: { not_equals: 'published' } }
    if (!isOwnedThroughAuthors) {
      return unpublished
    }
    const ownAuthors = await authorIdsOfUser(req)
    return ownAuthors.length === 0 ? false : { and: [unpublished, { authors: { in: ownAuthors } }] }
  }
