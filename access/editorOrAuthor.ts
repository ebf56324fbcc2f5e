import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * For review comments: editors and admins reach every comment (to resolve threads), an analyst only
 * the comments they wrote. What each may change is the comment's own rule
 * (collections/ReviewComments/hooks/prepareComment.ts).
 */
export const editorOrAuthor: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) {
    return true
  }
  return hasRole(user, 'analyst') ? { author: { equals: user!.id } } : false
}
