import type { Payload, PayloadRequest, TypedUser } from 'payload'

import type { EditorialCollection, WorkflowAction } from './states'

type NotifyArgs = {
  action: WorkflowAction
  collection: EditorialCollection
  comment: null | string
  doc: Record<string, unknown>
  id: number | string
  payload: Payload
  req?: PayloadRequest
  user: TypedUser
}

const titleOf = (doc: Record<string, unknown>) => String(doc.title ?? doc.name ?? doc.acronym ?? doc.id)

const nameOf = (user: TypedUser) => String((user as { name?: string }).name ?? user.email)

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/**
 * Emails about a transition: editors hear about every submission, the person who submitted hears
 * when changes are requested. A failed email is logged and never undoes the transition.
 */
export const notifyAboutTransition = async ({
  action,
  collection,
  comment,
  doc,
  id,
  payload,
  req,
  user,
}: NotifyArgs) => {
  const reviewUrl = `${payload.config.serverURL || ''}/admin/review/${collection}/${id}`
  const title = titleOf(doc)
  try {
    if (action === 'submit') {
      const { docs: editors } = await payload.find({
        collection: 'users',
        depth: 0,
        limit: 100,
        overrideAccess: true,
        pagination: false,
        req,
        where: { role: { in: ['admin', 'editor'] } },
      })
      if (editors.length > 0) {
        await payload.sendEmail({
          subject: `For review: ${title}`,
          text: `${nameOf(user)} submitted “${title}” (${collection}) for review.\n\nReview it: ${reviewUrl}`,
          to: editors.map((editor) => editor.email),
        })
      }
    }
    if (action === 'requestChanges') {
      const submitterId = idOf(doc.submittedBy)
      if (submitterId) {
        const submitter = await payload.findByID({
          collection: 'users',
          depth: 0,
          disableErrors: true,
          id: submitterId as number,
          overrideAccess: true,
          req,
        })
        if (submitter) {
          await payload.sendEmail({
            subject: `Changes requested: ${title}`,
            text: `${nameOf(user)} asks for changes to “${title}”:\n\n${comment}\n\nOpen it: ${payload.config.serverURL || ''}/admin/collections/${collection}/${id}`,
            to: submitter.email,
          })
        }
      }
    }
  } catch (err) {
    payload.logger.error({ err, msg: `Could not send the workflow email for ${collection} ${id}` })
  }
}
