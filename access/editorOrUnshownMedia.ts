import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Editors and admins change or remove any upload; analysts only uploads no published page shows,
 * since replacing a file or its alt text or caption changes published pages without review.
 */
export const editorOrUnshownMedia: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) {
    return true
  }
  return hasRole(user, 'analyst') ? { isPublic: { not_equals: true } } : false
}
