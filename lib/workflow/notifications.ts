import type { Payload, PayloadRequest, TypedUser } from 'payload'

import type { NotificationKind } from '@/lib/notifications/kinds'

import { notifyPeople } from '@/lib/notifications/notify'

import type { EditorialCollection, WorkflowAction } from './states'

import { titleOf } from './audit'
import { changeAuthorsOf } from './fourEyes'

type NotifyArgs = {
  action: WorkflowAction
  collection: EditorialCollection
  comment: null | string
  /** The document as it was before the transition: publishing clears who submitted and wrote it. */
  doc: Record<string, unknown>
  id: number | string
  payload: Payload
  req?: PayloadRequest
  /** With `publish`: the jobs queue published an approved change at its time. */
  scheduled?: boolean
  /** With `approve`: the time the change will be published, when not right away. */
  scheduledFor?: null | string
  user: TypedUser
}

const nameOf = (user: TypedUser) => String((user as { name?: string }).name ?? user.email)

const idOf = (value: unknown) =>
  (value && typeof value === 'object' ? (value as { id: unknown }).id : value) as null | number | string

type Message = { kind: NotificationKind; recipients: (null | number | string)[]; subject: string; text: string }

const editorsAndAdmins = async ({ payload, req }: Pick<NotifyArgs, 'payload' | 'req'>) => {
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { role: { in: ['admin', 'editor'] } },
  })
  return docs.map((editor) => editor.id)
}

const messageFor = async (args: NotifyArgs): Promise<Message | null> => {
  const { action, collection, comment, doc, scheduled, scheduledFor, user } = args
  const title = titleOf(doc)
  const who = nameOf(user)
  const submitter = idOf(doc.submittedBy)
  const authors = [submitter, ...changeAuthorsOf(doc as { changeAuthors?: unknown })]
  switch (action) {
    case 'approve':
      return {
        kind: 'approved',
        recipients: [submitter],
        subject: `Approved: ${title}`,
        text: scheduledFor
          ? `${who} approved “${title}” (${collection}); it will be published on ${new Date(scheduledFor).toUTCString()}.`
          : `${who} approved and published “${title}” (${collection}).`,
      }
    case 'publish':
      return {
        kind: 'published',
        recipients: authors,
        subject: `Published: ${title}`,
        text: scheduled
          ? `“${title}” (${collection}), approved by ${who}, was published at its scheduled time.`
          : `${who} published “${title}” (${collection}).`,
      }
    case 'requestChanges':
      return {
        kind: 'changesRequested',
        recipients: authors,
        subject: `Changes requested: ${title}`,
        text: `${who} asks for changes to “${title}” (${collection}):\n\n${comment ?? ''}`,
      }
    case 'submit':
      return {
        kind: 'submitted',
        recipients: await editorsAndAdmins(args),
        subject: `For review: ${title}`,
        text: `${who} submitted “${title}” (${collection}) for review.`,
      }
    default:
      return null
  }
}

/**
 * Tells people about a transition (lib/notifications/notify.ts): editors and admins hear about a
 * submission; the submitter and the authors of the change when changes are requested or it is
 * published; the submitter when it is approved. A failure is logged and never undoes the transition.
 */
export const notifyAboutTransition = async (args: NotifyArgs) => {
  const { collection, doc, id, payload, req, user } = args
  try {
    const message = await messageFor(args)
    if (!message) {
      return
    }
    await notifyPeople({
      ...message,
      actor: { email: user.email, id: user.id, name: nameOf(user) },
      documentCollection: collection,
      documentId: id,
      documentTitle: titleOf(doc),
      // Only editors and admins open the review screen; authors are sent to their edit view.
      link:
        message.kind === 'submitted' ? `/admin/review/${collection}/${id}` : `/admin/collections/${collection}/${id}`,
      payload,
      req,
    })
  } catch (err) {
    payload.logger.error({ err, msg: `Could not send the workflow notification for ${collection} ${id}` })
  }
}
