import type { CollectionConfig } from 'payload'

import { editorOrOwnArticleDraft } from './editorOrOwnArticleDraft'
import { editorOrUnpublishedDraft } from './editorOrUnpublishedDraft'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'
import { staffWithoutPublishing } from './staffWithoutPublishing'

/**
 * Every editorial collection's access: staff write drafts, publishing is a workflow transition,
 * analysts delete only unpublished drafts, readers see published documents.
 */
export const editorialAccess: CollectionConfig['access'] = {
  create: staffWithoutPublishing,
  delete: editorOrUnpublishedDraft(),
  read: publishedOrStaff,
  readVersions: isStaff,
  update: staffWithoutPublishing,
}

/** As editorialAccess, but analysts write only drafts of articles that carry their byline. */
export const articleAccess: CollectionConfig['access'] = {
  ...editorialAccess,
  create: editorOrOwnArticleDraft,
  delete: editorOrUnpublishedDraft({ isOwnedThroughAuthors: true }),
  update: editorOrOwnArticleDraft,
}
