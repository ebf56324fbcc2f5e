import type { CollectionConfig, CollectionSlug } from 'payload'

import { isEditor, isStaff, publishedOrStaff } from '@/access'
import { staffWithoutPublishing } from '@/access/staffWithoutPublishing'
import { keepAnalystEditsAsDrafts } from '@/hooks/keepAnalystEditsAsDrafts'

/** Versions with drafts for every editorial collection: readers only ever see what was published. */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
}

/** Staff write, only editors publish and delete, readers see published documents only. */
export const editorialAccess: CollectionConfig['access'] = {
  create: staffWithoutPublishing,
  delete: isEditor,
  read: publishedOrStaff,
  readVersions: isStaff,
  update: staffWithoutPublishing,
}

/** Hooks every editorial collection runs first (see each for why), typed for the collection. */
export const editorialBeforeOperation = <TSlug extends CollectionSlug>() =>
  [keepAnalystEditsAsDrafts] as unknown as NonNullable<NonNullable<CollectionConfig<TSlug>['hooks']>['beforeOperation']>
