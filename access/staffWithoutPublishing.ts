import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Editors and admins may write anything; analysts may write, but never publish. Payload asks this
 * rule with `_status: 'published'` to decide whether to offer "Publish", so analysts do not see it.
 */
export const staffWithoutPublishing: Access = ({ data, req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) {
    return true
  }
  return hasRole(user, 'analyst') && data?._status !== 'published'
}
