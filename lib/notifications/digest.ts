import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { hasRole } from '@/access/roles'
import { queueNextRun, type RecurringSchedule } from '@/lib/jobs/recurring'

import { digestMailText } from './notify'

/** The jobs-queue task that mails each person who chose a digest what they were told since the last one. */
export const SEND_DIGESTS_TASK = 'sendNotificationDigests'

type DigestOutcome = { mails: number; notifications: number }

const recipientIdOf = (value: unknown) =>
  String(value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/**
 * Sends one mail per person with every notification left for their digest and not mailed yet, then
 * stamps those rows `emailedAt`; a second run finds nothing left. A failed mail leaves its rows for
 * the next run. Rows of someone who is no longer staff are not mailed.
 */
export const sendNotificationDigests = async (payload: Payload, req?: PayloadRequest): Promise<DigestOutcome> => {
  const { docs } = await payload.find({
    collection: 'notifications',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    sort: 'createdAt',
    where: { and: [{ delivery: { equals: 'dailyDigest' } }, { emailedAt: { exists: false } }] },
  })
  const byRecipient = new Map<string, typeof docs>()
  for (const doc of docs) {
    const id = recipientIdOf(doc.recipient)
    byRecipient.set(id, [...(byRecipient.get(id) ?? []), doc])
  }
  const outcome: DigestOutcome = { mails: 0, notifications: 0 }
  for (const [recipientId, items] of byRecipient) {
    const person = await payload.findByID({
      collection: 'users',
      depth: 0,
      disableErrors: true,
      id: recipientId as never,
      overrideAccess: true,
      req,
    })
    if (!person || !hasRole({ ...person, collection: 'users' }, 'admin', 'editor', 'analyst')) {
      continue
    }
    try {
      await payload.sendEmail({
        subject: `Crossroads: ${items.length} ${items.length === 1 ? 'notification' : 'notifications'} since your last digest`,
        text: digestMailText(items),
        to: person.email,
      })
    } catch (err) {
      payload.logger.error({
        err,
        msg: `Could not mail the notification digest to user ${recipientId}; it is kept for the next run`,
      })
      continue
    }
    await payload.update({
      collection: 'notifications',
      data: { emailedAt: new Date().toISOString() },
      depth: 0,
      overrideAccess: true,
      req,
      where: { id: { in: items.map((item) => item.id) } },
    })
    outcome.mails += 1
    outcome.notifications += items.length
  }
  return outcome
}

/** Daily at 07:00 UTC. */
export const NOTIFICATION_DIGESTS_SCHEDULE: RecurringSchedule = { everyHours: 24, hourUtc: 7 }

/** `sendNotificationDigests`, daily, queueing its next run; running it again the same day sends nothing twice. */
export const sendDigestsTask: TaskConfig<{ input: object; output: DigestOutcome }> = {
  slug: SEND_DIGESTS_TASK,
  handler: async ({ req }) => {
    const output = await sendNotificationDigests(req.payload, req)
    await queueNextRun(req.payload, SEND_DIGESTS_TASK, NOTIFICATION_DIGESTS_SCHEDULE)
    return { output }
  },
  outputSchema: [
    { name: 'mails', type: 'number' },
    { name: 'notifications', type: 'number' },
  ],
  retries: 2,
}
