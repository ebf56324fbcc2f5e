import type { Payload, PayloadRequest } from 'payload'

import type { EditorialCollection } from './states'

import { notifyPeople } from '@/lib/notifications/notify'

import { formatDueAt } from './assignmentRules'
import { titleOf } from './audit'

type Person = { email: string; id: number | string; name?: null | string }

/**
 * Tells `assignee` that `assignedBy` gave them a change to review, with its due date, as their
 * notification settings say (lib/notifications/notify.ts). A failed email never undoes the assignment.
 */
export const noticeOfAssignment = async ({
  assignedBy,
  assignee,
  collection,
  doc,
  dueAt,
  id,
  payload,
  req,
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
  const title = titleOf(doc) || String(id)
  const by = assignedBy ? assignedBy.name || assignedBy.email : 'The workflow'
  // notifyPeople logs a failed mail itself and never throws.
  await notifyPeople({
    actor: assignedBy,
    documentCollection: collection,
    documentId: id,
    documentTitle: title,
    kind: 'assigned',
    link: `/admin/review/${collection}/${id}`,
    payload,
    recipients: [assignee.id],
    req,
    subject: `Assigned to you: ${title}`,
    text: [
      `${by} asks you to review “${title}” (${collection}).`,
      dueAt ? `Due ${formatDueAt(dueAt)}.` : 'No due date.',
    ].join('\n\n'),
  })
}
