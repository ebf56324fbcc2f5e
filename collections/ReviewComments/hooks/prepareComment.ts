import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'

import type { ReviewComment } from '@/payload-types'

import { hasRole } from '@/access/roles'
import { commentableFieldsOf } from '@/lib/comments/commentableFields'
import { mentionedAddresses } from '@/lib/comments/mentions'
import { relationId } from '@/lib/observations/data'
import { titleOf } from '@/lib/workflow/audit'
import { isEditorialCollection, workflowStatusOf } from '@/lib/workflow/states'

type Id = number | string

const STAFF = ['admin', 'editor', 'analyst'] as const

const invalid = (path: string, message: string) => new ValidationError({ errors: [{ message, path }] })

const findComment = (req: PayloadRequest, id: Id) =>
  req.payload.findByID({ collection: 'review-comments', depth: 0, disableErrors: true, id, overrideAccess: true, req })

/** The staff the text mentions, or a validation error naming every address that is not staff. */
const staffMentionedIn = async (req: PayloadRequest, body: string): Promise<Id[]> => {
  const addresses = mentionedAddresses(body)
  if (addresses.length === 0) {
    return []
  }
  const { docs } = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: addresses.length,
    overrideAccess: true,
    pagination: false,
    req,
    select: { email: true },
    where: { and: [{ email: { in: addresses } }, { role: { in: [...STAFF] } }] },
  })
  const known = new Set(docs.map((user) => user.email.toLowerCase()))
  const unknown = addresses.filter((address) => !known.has(address))
  if (unknown.length > 0) {
    throw invalid(
      'body',
      `Nobody on the staff has the address ${unknown.map((address) => `@${address}`).join(', ')}. Mention a colleague as @ followed by their email address, or pick them from the list that opens when you type @.`,
    )
  }
  return docs.map((user) => user.id)
}

/** What the comment is about, checked: an editorial document the author may read, and a field of it. */
const targetOf = async (req: PayloadRequest, data: Partial<ReviewComment>) => {
  const { documentCollection, documentId, field } = data
  if (!isEditorialCollection(documentCollection)) {
    throw invalid('documentCollection', 'A comment must be about a document of an editorial collection.')
  }
  if (field) {
    const fields = commentableFieldsOf(req.payload.collections[documentCollection].config.fields)
    if (!fields.some((candidate) => candidate.path === field)) {
      throw invalid('field', `“${field}” is not a field of ${documentCollection} a comment can be about.`)
    }
  }
  const doc = documentId
    ? await req.payload.findByID({
        collection: documentCollection,
        depth: 0,
        disableErrors: true,
        draft: true,
        id: documentId,
        overrideAccess: false,
        req,
        user: req.user,
      })
    : null
  if (!doc) {
    throw invalid('documentId', 'The document this comment is about does not exist, or you may not see it.')
  }
  const { docs: versions } = await req.payload.findVersions({
    collection: documentCollection,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    sort: '-updatedAt',
    where: { parent: { equals: doc.id } },
  })
  const record = doc as unknown as Record<string, unknown>
  return {
    documentCollection,
    documentId: String(doc.id),
    documentStatus: workflowStatusOf(record as { workflowStatus?: string }),
    documentTitle: titleOf(record),
    documentVersion: versions[0] ? String(versions[0].id) : null,
    field: field || null,
  }
}

const createComment = async (req: PayloadRequest, data: Partial<ReviewComment>): Promise<Partial<ReviewComment>> => {
  const body = String(data.body ?? '')
  let thread: Partial<ReviewComment> = data
  let parent: Id | null = null
  if (data.parent) {
    const replyTo = await findComment(req, relationId(data.parent) as Id)
    if (!replyTo) {
      throw invalid('parent', 'The comment you reply to no longer exists.')
    }
    // One level of replies, as in a document editor's comments: a reply to a reply joins its thread.
    const root = replyTo.parent ? await findComment(req, relationId(replyTo.parent) as Id) : replyTo
    if (!root) {
      throw invalid('parent', 'The thread you reply to no longer exists.')
    }
    if (root.status === 'resolved') {
      throw invalid('parent', 'This thread is resolved: reopen it to reply.')
    }
    thread = root
    parent = root.id
  }
  return {
    ...data,
    ...(await targetOf(req, thread)),
    author: req.user!.id as number,
    body,
    createdAt: new Date().toISOString(),
    editedAt: null,
    mentions: (await staffMentionedIn(req, body)) as number[],
    parent: parent as number | null,
    resolvedAt: null,
    resolvedBy: null,
    status: parent === null ? 'open' : null,
  }
}

const updateComment = async (
  req: PayloadRequest,
  data: Partial<ReviewComment>,
  original: ReviewComment,
): Promise<Partial<ReviewComment>> => {
  const userId = String(req.user!.id)
  const isAuthor = String(relationId(original.author)) === userId
  const root = original.parent ? await findComment(req, relationId(original.parent) as Id) : original
  const next: Partial<ReviewComment> = {
    ...data,
    author: original.author,
    createdAt: original.createdAt,
    documentCollection: original.documentCollection,
    documentId: original.documentId,
    documentStatus: original.documentStatus,
    documentTitle: original.documentTitle,
    documentVersion: original.documentVersion,
    editedAt: original.editedAt,
    field: original.field,
    mentions: original.mentions,
    parent: original.parent,
    resolvedAt: original.resolvedAt,
    resolvedBy: original.resolvedBy,
    status: original.status,
  }
  if (data.body !== undefined && data.body !== original.body) {
    if (!isAuthor) {
      throw new APIError('Only the author of a comment may change its text.', 403, null, true)
    }
    if (root?.status === 'resolved') {
      throw new APIError('This thread is resolved: reopen it before changing a comment.', 409, null, true)
    }
    next.editedAt = new Date().toISOString()
    next.mentions = (await staffMentionedIn(req, String(data.body))) as number[]
  }
  if (data.status !== undefined && data.status !== original.status) {
    if (original.parent) {
      throw invalid('status', 'Resolve or reopen the thread, not one of its replies.')
    }
    if (!isAuthor && !hasRole(req.user, 'admin', 'editor')) {
      throw new APIError(
        'Only editors, admins and the person who started the thread may resolve or reopen it.',
        403,
        null,
        true,
      )
    }
    const isResolving = data.status === 'resolved'
    next.status = isResolving ? 'resolved' : 'open'
    next.resolvedAt = isResolving ? new Date().toISOString() : null
    next.resolvedBy = isResolving ? (req.user!.id as number) : null
  }
  return next
}

/**
 * Everything about a comment but its text (and, on a thread's first comment, whether it is open)
 * is the server's: the author is the signed-in person, mentions are read from the text and must
 * name staff, a reply joins its thread's document and field, and the document's review state at
 * the time is kept so the comment stays readable in the item's history.
 */
export const prepareComment: CollectionBeforeChangeHook<ReviewComment> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!hasRole(req.user, ...STAFF)) {
    throw new APIError('Only staff comment on changes.', 403, null, true)
  }
  if (operation === 'create' || !originalDoc) {
    return createComment(req, data)
  }
  return updateComment(req, data, originalDoc)
}
