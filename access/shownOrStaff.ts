import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Staff see every upload; everyone else only those a published document shows (`isPublic`, kept by
 * lib/workflow/mediaVisibility.ts), so an image added for a draft stays private until publication.
 */
export const shownOrStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'analyst') || { isPublic: { equals: true } }
