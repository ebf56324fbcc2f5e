import type { EditorialCollection } from '@/lib/workflow/states'

/**
 * THE expected access table for the role × action matrix (tests/access/roleMatrix.int.test.ts):
 * what every role may do to every editorial collection and to media, over REST and GraphQL alike.
 * A cell is "allow" or "deny", or an object giving the default and per-collection exceptions.
 *
 * "allow" always means the outcome happened (read back from the database), so for the doors that
 * would change what readers see outside the workflow (…Live, …Direct, …Own) the rule of the product
 * is a column of "deny": nobody publishes, unpublishes or replaces a live document except through a
 * workflow transition, and nobody approves or publishes a change they wrote (four eyes).
 *
 * Adding a role is one row here (the test runs every row whose role exists in the Users collection,
 * plus `anonymous`). Signed-in site readers must see exactly what anonymous visitors see.
 */
export const MATRIX_ACTIONS = [
  'create',
  'readDraft',
  'readPublished',
  'updateOwnDraft',
  'updateOthersDraft',
  'submit',
  'requestChanges',
  'approve',
  'publish',
  'unpublish',
  'delete',
  'deleteDraft',
  'duplicateAsDraft',
  'restoreAsDraft',
  // Doors around review: each would change the live document without a checked transition.
  'createPublished',
  'publishDirect',
  'unpublishDirect',
  'updateLive',
  'autosaveLive',
  'duplicateLive',
  'restoreLive',
  'bulkUpdateLive',
  'bulkDelete',
  // Four eyes: the actor wrote the change.
  'approveOwn',
  'publishOwn',
] as const

/** Media: what each role may do to uploads that no published page shows ("unshown") and to those one does. */
export const MEDIA_ACTIONS = [
  'mediaCreate',
  'mediaReadUnshown',
  'mediaReadShown',
  'mediaUpdateUnshown',
  'mediaUpdateShown',
  'mediaReplaceShown',
  'mediaDeleteUnshown',
  'mediaDeleteShown',
] as const

/** Actions GraphQL has no operation for (bulk by `where`, file uploads): run over REST only. */
export const REST_ONLY_ACTIONS: readonly string[] = ['bulkUpdateLive', 'bulkDelete', 'mediaCreate', 'mediaReplaceShown']

export type MatrixAction = (typeof MATRIX_ACTIONS)[number]

export type MediaAction = (typeof MEDIA_ACTIONS)[number]

export type Verdict = 'allow' | 'deny'

export type Cell = Verdict | ({ default: Verdict } & Partial<Record<EditorialCollection, Verdict>>)

export type Row = Record<MatrixAction, Cell> & Record<MediaAction, Verdict> & { changeRole: Verdict }

/** The doors around review: closed to everyone. */
const NO_BYPASS = {
  approveOwn: 'deny',
  autosaveLive: 'deny',
  bulkUpdateLive: 'deny',
  createPublished: 'deny',
  duplicateLive: 'deny',
  publishDirect: 'deny',
  publishOwn: 'deny',
  restoreLive: 'deny',
  unpublishDirect: 'deny',
  updateLive: 'deny',
} as const

const EDITOR: Row = {
  ...NO_BYPASS,
  approve: 'allow',
  bulkDelete: 'allow',
  changeRole: 'deny',
  create: 'allow',
  delete: 'allow',
  deleteDraft: 'allow',
  duplicateAsDraft: 'allow',
  mediaCreate: 'allow',
  mediaDeleteShown: 'allow',
  mediaDeleteUnshown: 'allow',
  mediaReadShown: 'allow',
  mediaReadUnshown: 'allow',
  mediaReplaceShown: 'allow',
  mediaUpdateShown: 'allow',
  mediaUpdateUnshown: 'allow',
  publish: 'allow',
  readDraft: 'allow',
  readPublished: 'allow',
  requestChanges: 'allow',
  restoreAsDraft: 'allow',
  submit: 'allow',
  unpublish: 'allow',
  updateOthersDraft: 'allow',
  updateOwnDraft: 'allow',
}

const PUBLISHED_ONLY: Row = {
  ...NO_BYPASS,
  approve: 'deny',
  bulkDelete: 'deny',
  changeRole: 'deny',
  create: 'deny',
  delete: 'deny',
  deleteDraft: 'deny',
  duplicateAsDraft: 'deny',
  mediaCreate: 'deny',
  mediaDeleteShown: 'deny',
  mediaDeleteUnshown: 'deny',
  mediaReadShown: 'allow',
  mediaReadUnshown: 'deny',
  mediaReplaceShown: 'deny',
  mediaUpdateShown: 'deny',
  mediaUpdateUnshown: 'deny',
  publish: 'deny',
  readDraft: 'deny',
  readPublished: 'allow',
  requestChanges: 'deny',
  restoreAsDraft: 'deny',
  submit: 'deny',
  unpublish: 'deny',
  updateOthersDraft: 'deny',
  updateOwnDraft: 'deny',
}

export const EXPECTED: Record<string, Row> = {
  admin: { ...EDITOR, changeRole: 'allow' },
  editor: EDITOR,
  analyst: {
    ...EDITOR,
    approve: 'deny',
    bulkDelete: 'deny',
    // "delete" means deleting a published document; analysts may only delete unpublished drafts.
    delete: 'deny',
    // Images a published page shows change only through an editor.
    mediaDeleteShown: 'deny',
    mediaReplaceShown: 'deny',
    mediaUpdateShown: 'deny',
    publish: 'deny',
    requestChanges: 'deny',
    unpublish: 'deny',
    // Articles belong to their byline: an analyst edits only articles they author.
    updateOthersDraft: { articles: 'deny', default: 'allow' },
  },
  anonymous: PUBLISHED_ONLY,
  reader: PUBLISHED_ONLY,
}

export const expectedVerdict = (
  role: string,
  action: 'changeRole' | MatrixAction | MediaAction,
  collection?: EditorialCollection,
) => {
  const cell: Cell = EXPECTED[role][action]
  if (typeof cell === 'string') {
    return cell
  }
  return (collection && cell[collection]) || cell.default
}
