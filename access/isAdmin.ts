import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Admins only. */
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** Admins only, for a single field (e.g. a user's role). */
export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
