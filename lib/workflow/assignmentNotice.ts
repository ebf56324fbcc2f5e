import type { Payload, PayloadRequest } from 'payload'

import type { EditorialCollection } from './states'

import { formatDueAt } from './assignmentRules'

type Person = { email: string; id: number | string; name?: null | string }

/**
 * Tells `assignee` that `assignedBy` gave them a change to review, with its due date. A failed
 * email is logged and never undoes the assignment.
 */
export const noticeOfAssignment = async ({
  assignedBy,
  assignee,
  collection,
  doc,
  dueAt,
  id,
  payload,
}: {
  assignedBy: null | Person
  assignee: Person
  collection: EditorialCollection
  doc: Record<string, unknown>
  dueAt: null | string
  id: number | string
  payload: Payload
  /** The request of the assignment, for a notifier that reads within its transaction. */
  req?: PayloadRequest
}): Promise<void> => {
  const title = String(doc.title ?? doc.name ?? doc.acronym ?? id)
  const by = assignedBy ? assignedBy.name || assignedBy.email : 'The workflow'
  try {
    await payload.sendEmail({
      subject: `Assigned to you: ${title}`,
      text: [
        `${by} asks you to review “${title}” (${collection}).`,
        dueAt ? `Due ${formatDueAt(dueAt)}.` : 'No due date.',
        `Review it: ${payload.config.serverURL || ''}/admin/review/${collection}/${id}`,
      ].join('\n\n'),
      to: assignee.email,
    })
  } catch (err) {
    payload.logger.error({ err, msg: `Could not send the assignment email for ${collection} ${id}` })
  }
}
