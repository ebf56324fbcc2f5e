import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { queueNextRun, type RecurringSchedule } from '@/lib/jobs/recurring'

import { notifyPeople } from './notify'

/** The jobs-queue task that reminds assignees of items past their due date. */
export const NOTIFY_OVERDUE_TASK = 'notifyOverdueItems'

type PersonId = number | string

/** An assigned item past its due date, as the assignment desk finds it. */
export type OverdueItem = {
  assignedTo: (null | PersonId)[] | null | PersonId | undefined
  collection: string
  dueAt: Date | string
  id: PersonId
  title: string
}

/** Finds the items overdue at `now` (the assignment desk's `findOverdueItems`). */
export type OverdueFinder = (payload: Payload, now: Date) => Promise<OverdueItem[]>

const dueText = (dueAt: Date) =>
  dueAt.toLocaleString('en-GB', {
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    month: 'long',
    timeZone: 'UTC',
    year: 'numeric',
  }) + ' UTC'

/**
 * Tells each assignee of each overdue item, once per item and due date: a later run, or the same
 * item still overdue tomorrow, sends nothing new; a new due date that passes is a new reminder.
 */
export const notifyOverdueItems = async ({
  findOverdueItems,
  now = new Date(),
  payload,
  req,
}: {
  findOverdueItems: OverdueFinder
  now?: Date
  payload: Payload
  req?: PayloadRequest
}): Promise<{ notified: number }> => {
  let notified = 0
  for (const item of await findOverdueItems(payload, now)) {
    const dueAt = new Date(item.dueAt)
    const assignees = Array.isArray(item.assignedTo) ? item.assignedTo : [item.assignedTo]
    const result = await notifyPeople({
      documentCollection: item.collection,
      documentId: item.id,
      documentTitle: item.title,
      kind: 'overdue',
      link: `/admin/review/${item.collection}/${item.id}`,
      onceKey: `overdue:${item.collection}:${item.id}:${dueAt.toISOString()}`,
      payload,
      recipients: assignees,
      req,
      subject: `Overdue: ${item.title}`,
      text: `“${item.title}” (${item.collection}) is assigned to you and was due on ${dueText(dueAt)}.`,
    })
    notified += result.notified.length
  }
  return { notified }
}

export const OVERDUE_SCHEDULE: RecurringSchedule = { everyHours: 1 }

/** `notifyOverdueItems`, every hour (each run queues the next), over the items `findOverdueItems` returns. */
export const notifyOverdueTask = (
  findOverdueItems: OverdueFinder,
): TaskConfig<{ input: object; output: { notified: number } }> => ({
  slug: NOTIFY_OVERDUE_TASK,
  handler: async ({ req }) => {
    const output = await notifyOverdueItems({ findOverdueItems, payload: req.payload, req })
    await queueNextRun(req.payload, NOTIFY_OVERDUE_TASK, OVERDUE_SCHEDULE)
    return { output }
  },
  outputSchema: [{ name: 'notified', type: 'number' }],
  retries: 2,
})
