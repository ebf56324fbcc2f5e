import type { CollectionConfig } from 'payload'

import { isEditor, isStaff, publishedOrStaff } from '@/access'

/** Versions with drafts for every editorial collection: readers only ever see what was published. */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
}

/** Staff write, editors delete, readers see published documents only. */
export const editorialAccess: CollectionConfig['access'] = {
  create: isStaff,
  delete: isEditor,
  read: publishedOrStaff,
  readVersions: isStaff,
  update: isStaff,
}
