import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins any record, other staff only the records they wrote (`author`); readers nothing. */
export const adminOrAuthor: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) {
    return true
  }
  return hasRole(user, 'editor', 'analyst') ? { author: { equals: user!.id } } : false
}
