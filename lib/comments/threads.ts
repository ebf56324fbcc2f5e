import type { Payload, TypedUser } from 'payload'

import type { ReviewComment } from '@/payload-types'

import type { EditorialCollection, WorkflowStatus } from '@/lib/workflow/states'

import { relationId } from '@/lib/observations/data'
import { staffNames } from '@/lib/workflow/reviewQueue'

export type CommentView = {
  authorId: string
  authorName: string
  body: string
  createdAt: string
  editedAt: null | string
  id: string
}

export type ThreadView = CommentView & {
  /** The document's review state when the thread was started. */
  documentStatus: null | WorkflowStatus
  field: null | string
  replies: CommentView[]
  resolvedAt: null | string
  resolvedByName: null | string
  status: 'open' | 'resolved'
}

export type StaffMember = { email: string; id: string; name: string }

/**
 * Every staff account by name and address, for mentioning a colleague. Read without access control
 * (staff may not open each other's accounts), and only ever shown to staff.
 */
export const getStaffDirectory = async (payload: Payload): Promise<StaffMember[]> => {
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    limit: 500,
    overrideAccess: true,
    pagination: false,
    select: { email: true, name: true },
    sort: 'name',
    where: { role: { in: ['admin', 'editor', 'analyst'] } },
  })
  return docs.map((user) => ({ email: user.email, id: String(user.id), name: user.name || user.email }))
}

/**
 * The comment threads on one document as `user` may read them (staff only), oldest first, each
 * with its replies and the names of the people involved.
 */
export const getCommentThreads = async ({
  documentCollection,
  documentId,
  payload,
  user,
}: {
  documentCollection: EditorialCollection
  documentId: number | string
  payload: Payload
  user: TypedUser
}): Promise<ThreadView[]> => {
  const { docs } = await payload.find({
    collection: 'review-comments',
    depth: 0,
    disableErrors: true,
    limit: 1000,
    overrideAccess: false,
    pagination: false,
    sort: 'createdAt',
    user,
    where: {
      and: [{ documentCollection: { equals: documentCollection } }, { documentId: { equals: String(documentId) } }],
    },
  })
  const idOf = (value: unknown) => String(relationId(value) ?? '')
  const people = await staffNames(
    payload,
    docs.flatMap((comment) => [idOf(comment.author), idOf(comment.resolvedBy)]).map((id) => id || null),
  )
  const view = (comment: ReviewComment): CommentView => ({
    authorId: idOf(comment.author),
    authorName: people.get(idOf(comment.author)) ?? 'A former colleague',
    body: comment.body,
    createdAt: comment.createdAt,
    editedAt: comment.editedAt ?? null,
    id: String(comment.id),
  })
  const threads = docs
    .filter((comment) => !comment.parent)
    .map((comment): ThreadView => ({
      ...view(comment),
      documentStatus: (comment.documentStatus as null | WorkflowStatus) ?? null,
      field: comment.field || null,
      replies: [],
      resolvedAt: comment.resolvedAt ?? null,
      resolvedByName: comment.resolvedBy ? (people.get(idOf(comment.resolvedBy)) ?? null) : null,
      status: comment.status === 'resolved' ? 'resolved' : 'open',
    }))
  const byId = new Map(threads.map((thread) => [thread.id, thread]))
  for (const comment of docs) {
    if (comment.parent) {
      byId.get(idOf(comment.parent))?.replies.push(view(comment))
    }
  }
  return threads
}
