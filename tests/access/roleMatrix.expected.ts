import type { EditorialCollection } from '@/lib/workflow/states'

/**
 * THE expected access table for the role × action matrix (tests/access/roleMatrix.int.test.ts):
 * what every role may do to every editorial collection, over REST and GraphQL alike. A cell is
 * "allow" or "deny", or an object giving the default and per-collection exceptions.
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
] as const

export type MatrixAction = (typeof MATRIX_ACTIONS)[number]

export type Verdict = 'allow' | 'deny'

export type Cell = Verdict | ({ default: Verdict } & Partial<Record<EditorialCollection, Verdict>>)

export type Row = Record<MatrixAction, Cell> & { changeRole: Verdict }

const EVERYTHING: Row = {
  approve: 'allow',
  changeRole: 'deny',
  create: 'allow',
  delete: 'allow',
  publish: 'allow',
  readDraft: 'allow',
  readPublished: 'allow',
  requestChanges: 'allow',
  submit: 'allow',
  unpublish: 'allow',
  updateOthersDraft: 'allow',
  updateOwnDraft: 'allow',
}

const PUBLISHED_ONLY: Row = {
  approve: 'deny',
  changeRole: 'deny',
  create: 'deny',
  delete: 'deny',
  publish: 'deny',
  readDraft: 'deny',
  readPublished: 'allow',
  requestChanges: 'deny',
  submit: 'deny',
  unpublish: 'deny',
  updateOthersDraft: 'deny',
  updateOwnDraft: 'deny',
}

export const EXPECTED: Record<string, Row> = {
  admin: { ...EVERYTHING, changeRole: 'allow' },
  editor: EVERYTHING,
  analyst: {
    approve: 'deny',
    changeRole: 'deny',
    create: 'allow',
    // "delete" means deleting a published document; analysts may only delete unpublished drafts.
    delete: 'deny',
    publish: 'deny',
    readDraft: 'allow',
    readPublished: 'allow',
    requestChanges: 'deny',
    submit: 'allow',
    unpublish: 'deny',
    // Articles belong to their byline: an analyst edits only articles they author.
    updateOthersDraft: { articles: 'deny', default: 'allow' },
    updateOwnDraft: 'allow',
  },
  anonymous: PUBLISHED_ONLY,
  reader: PUBLISHED_ONLY,
}

export const expectedVerdict = (
  role: string,
  action: 'changeRole' | MatrixAction,
  collection?: EditorialCollection,
) => {
  const cell: Cell = EXPECTED[role][action]
  if (typeof cell === 'string') {
    return cell
  }
  return (collection && cell[collection]) || cell.default
}
