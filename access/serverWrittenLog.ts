import type { CollectionConfig } from 'payload'

import { isEditor } from './isEditor'

/**
 * A record only the server writes (the audit trail, the figure revision log, stale quotes): no
 * API can create, change or delete a row, and editors read it.
 */
export const serverWrittenLog: NonNullable<CollectionConfig['access']> = {
  create: () => false,
  delete: () => false,
  read: isEditor,
  update: () => false,
}
