import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/**
 * A field of a user account that only its owner and admins read or change (notification
 * preferences): on create only admins, who are the only ones creating accounts.
 */
export const selfOrAdminField: FieldAccess = ({ doc, id, req: { user } }) => {
  if (!user) {
    return false
  }
  if (hasRole(user, 'admin')) {
    return true
  }
  const accountId = id ?? (doc as { id?: number | string } | undefined)?.id
  return accountId !== undefined && String(accountId) === String(user.id)
}
