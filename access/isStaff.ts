import type { FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Any signed-in staff member: admin, editor or analyst. Also gates entry to the admin panel. */
export const isStaff = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  hasRole(user, 'admin', 'editor', 'analyst')

/** Staff only, for a single field readers must not see (workflow state, account links). */
export const isStaffField: FieldAccess = ({ req }) => isStaff({ req })
