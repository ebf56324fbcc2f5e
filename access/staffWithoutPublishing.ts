import type { Access } from 'payload'

import { isLiveTransition } from '@/lib/workflow/context'

import { hasRole } from './roles'

/**
 * Staff write drafts; nobody writes `_status: 'published'` except a workflow transition, which
 * has already checked the role, the state and four eyes (lib/workflow/transitions.ts). Payload asks
 * this rule with `_status: 'published'` to decide whether to offer its own Publish button, so no one
 * sees it: publishing is "Publish" or "Approve" in the review panel.
 */
export const staffWithoutPublishing: Access = ({ data, req }) => {
  if (!hasRole(req.user, 'admin', 'editor', 'analyst')) {
    return false
  }
  return data?._status !== 'published' || isLiveTransition(req.context)
}
