import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors and admins: the people who may publish and delete editorial content. */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
