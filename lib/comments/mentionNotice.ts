import type { Payload, PayloadRequest } from 'payload'

import type { ReviewComment, User } from '@/payload-types'

import type { EditorialCollection } from '@/lib/workflow/states'

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
 * Tells the staff a comment mentions, one email each, with a link to the review screen. A failed
 * email is logged and never undoes the comment.
 */
export const noticeOfMention = async ({
  author,
  comment,
  documentCollection,
  documentId,
  documentTitle,
  mentioned,
  payload,
}: MentionNoticeArgs): Promise<void> => {
  const link = `${payload.config.serverURL || ''}/admin/review/${documentCollection}/${documentId}#comment-${comment.id}`
  const where = comment.field ? ` on the field “${comment.field}”` : ''
  for (const person of mentioned) {
    try {
      await payload.sendEmail({
        subject: `${author.name || author.email} mentioned you: ${documentTitle}`,
        text: `${author.name || author.email} mentioned you in a comment${where} of “${documentTitle}” (${documentCollection}):\n\n${comment.body}\n\nReply: ${link}`,
        to: person.email,
      })
    } catch (err) {
      payload.logger.error({
        err,
        msg: `Could not send the mention email for comment ${comment.id} to user ${person.id}`,
      })
    }
  }
}
