import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Editors and admins: the people who may publish and delete editorial content. */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

/** Editors and admins only, for a single field (e.g. which account writes under a byline). */
export const isEditorField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
