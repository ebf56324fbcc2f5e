import type { Payload, PayloadRequest } from 'payload'

import type { ReviewComment, User } from '@/payload-types'

import type { EditorialCollection } from '@/lib/workflow/states'

import { notifyPeople } from '@/lib/notifications/notify'

type MentionNoticeArgs = {
  author: Pick<User, 'email' | 'id' | 'name'>
  comment: Pick<ReviewComment, 'body' | 'field' | 'id'>
  documentCollection: EditorialCollection
  documentId: string
  documentTitle: string
  mentioned: Pick<User, 'email' | 'id' | 'name'>[]
  payload: Payload
  req?: PayloadRequest
}

/**
 * Tells the staff a comment mentions, with a link to the thread on the review screen, as each
 * person's notification settings say. A failed email never undoes the comment.
 */
export const noticeOfMention = async ({
  author,
  comment,
  documentCollection,
  documentId,
  documentTitle,
  mentioned,
  payload,
  req,
}: MentionNoticeArgs): Promise<void> => {
  const where = comment.field ? ` on the field “${comment.field}”` : ''
  await notifyPeople({
    actor: author,
    documentCollection,
    documentId,
    documentTitle,
    kind: 'mention',
    link: `/admin/review/${documentCollection}/${documentId}#comment-${comment.id}`,
    // Each comment once per person, even when an edit mentions them again.
    onceKey: `mention:${comment.id}`,
    payload,
    recipients: mentioned.map((person) => person.id),
    req,
    subject: `${author.name || author.email} mentioned you: ${documentTitle}`,
    text: `${author.name || author.email} mentioned you in a comment${where} of “${documentTitle}” (${documentCollection}):\n\n${comment.body}`,
  })
}
