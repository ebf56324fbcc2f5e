import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@/access/roles'

/**
 * An update without `draft: true` writes the live document, and one without `_status` even
 * unpublishes it. Analysts' updates therefore always go to a draft version, so the published
 * version keeps serving readers until an editor publishes the change.
 */
export const keepAnalystEditsAsDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' && hasRole(req.user, 'analyst')) {
    return { ...args, draft: true }
  }
  return args
}
