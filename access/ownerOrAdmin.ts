import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * For a reader's own items (follows, saved comparisons): the owner, and admins for support.
 * Everyone else gets nothing, not even the fact that an item exists.
 */
export const ownerOrAdmin: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) {
    return true
  }
  if (!user || !hasRole(user, 'admin', 'editor', 'analyst', 'reader')) {
    return false
  }
  return { user: { equals: user.id } }
}

/** Only the owner changes or deletes their item; admins read them but do not edit them. */
export const ownerOnly: Access = ({ req: { user } }) => {
  if (!user || !hasRole(user, 'admin', 'editor', 'analyst', 'reader')) {
    return false
  }
  return { user: { equals: user.id } }
}
