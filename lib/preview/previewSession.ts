import type { TypedUser } from 'payload'

import { hasRole } from '@/access/roles'
import { getPayloadClient } from '@/lib/payload'

/**
 * The signed-in staff member (admin, editor or analyst) behind these request headers, or null.
 * Checked on every preview request, not remembered in a cookie of its own: a preview outlives
 * neither the session nor a change of role.
 */
export const staffFromHeaders = async (headers: Headers): Promise<null | TypedUser> => {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers })
  return user && hasRole(user, 'admin', 'editor', 'analyst') ? user : null
}
