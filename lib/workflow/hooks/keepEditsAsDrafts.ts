import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { isLiveTransition } from '../context'
import { isPersonWriting } from '../liveState'

const PUBLICATION_FLAGS = ['publishAllLocales', 'publishSpecificLocale', 'unpublishAllLocales'] as const

/**
 * People's edits never change what readers see: an update without `draft: true` would write the
 * live document (and without `_status` unpublish it), a duplicate of a published document would be
 * published, a restored version would replace the live one. So a person's update and duplicate are
 * saved as drafts, and a restore must be one; publishing is a workflow transition, so the
 * publication flags Payload takes from a request are refused.
 */
export const keepEditsAsDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!isPersonWriting(req) || isLiveTransition(req.context)) {
    return args
  }
  // Payload honours these on a draft save too: `unpublishAllLocales` rewrites the newest version (the
  // published one) in place, so history, restores and review diffs would show what was never live.
  const publicationFlag = PUBLICATION_FLAGS.find((flag) => Boolean((args as Record<string, unknown>)[flag]))
  if (publicationFlag && (operation === 'update' || operation === 'create')) {
    throw new APIError(
      `Publishing and unpublishing go through the editorial workflow (submit, approve, publish, unpublish), not a save with ${publicationFlag}.`,
      400,
      undefined,
      true,
    )
  }
  if (operation === 'update') {
    return { ...args, draft: true }
  }
  if (operation === 'create' && (args as { duplicateFromID?: unknown }).duplicateFromID != null) {
    return { ...args, draft: true }
  }
  // Payload reads `draft` before this hook runs for a restore, so it cannot be switched here; the
  // REST route does it (lib/workflow/restoreAsDraft.ts), other callers are asked to.
  if (operation === 'restoreVersion' && (args as { draft?: unknown }).draft !== true) {
    throw new APIError(
      'A restored version goes through review like any other change: restore it as a draft (draft: true).',
      400,
      undefined,
      true,
    )
  }
  return args
}
