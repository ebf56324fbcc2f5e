import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * A member of staff reaches only the notifications addressed to them; readers and visitors none.
 * The constraint is added to any `where` a request brings, so no query reaches another person's.
 */
export const ownNotifications: Access = ({ req: { user } }) => {
  if (!user || !hasRole(user, 'admin', 'editor', 'analyst')) {
    return false
  }
  return { recipient: { equals: user.id } }
}
