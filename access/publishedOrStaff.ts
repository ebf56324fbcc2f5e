import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Staff read everything, drafts included; everyone else reads published documents only. The
 * constraint is a query, so it also applies to documents populated through relationships.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'analyst')) {
    return true
  }
  return { _status: { equals: 'published' } }
}
