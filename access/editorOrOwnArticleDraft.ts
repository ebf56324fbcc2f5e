import type { Access } from 'payload'

import { isLiveTransition } from '@/lib/workflow/context'

import { authorIdsIn, authorIdsOfUser } from './authorsOfUser'
import { hasRole } from './roles'

/**
 * Editors and admins write drafts of any article; an analyst writes drafts only of articles whose
 * byline includes the author record linked to their account (a new article must name them).
 * Publishing is left to workflow transitions, as for every editorial collection.
 */
export const editorOrOwnArticleDraft: Access = async ({ data, id, req }) => {
  if (data?._status === 'published' && !isLiveTransition(req.context)) {
    return false
  }
  if (hasRole(req.user, 'admin', 'editor')) {
    return true
  }
  if (!hasRole(req.user, 'analyst') || data?._status === 'published') {
    return false
  }
  const ownAuthors = await authorIdsOfUser(req)
  if (ownAuthors.length === 0) {
    return false
  }
  if (!id && data?.authors !== undefined) {
    const named = authorIdsIn(data.authors)
    return ownAuthors.some((author) => named.includes(String(author)))
  }
  return { authors: { in: ownAuthors } }
}
