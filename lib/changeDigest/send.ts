import type { Payload, TaskConfig } from 'payload'

import { queueNextRun, type RecurringSchedule } from '@/lib/jobs/recurring'
import { relationId } from '@/lib/observations/data'
import { absoluteUrl } from '@/lib/siteUrl'

import { changesForPerson } from './changes'
import { digestToMail } from './message'

export const SEND_CHANGE_DIGESTS_TASK = 'sendChangeDigests'

/** Where a digest's unsubscribe link goes: a page with one button (mail scanners open links too). */
export const unsubscribePath = (token: string) => `/digest/unsubscribe/${token}`

/** Where mail clients' own one-click button posts (RFC 8058), without cookies or a page. */
export const oneClickUnsubscribePath = (token: string) => `/api/digest/unsubscribe/${token}`

/**
 * Mails every person who turned the digest on the approved changes since their last digest, and
 * moves their mark to `now` only once the transport took the mail, so a mail the transport refuses
 * is retried by the next run and a second run the same day sends nothing twice. (The SMTP adapter
 * delivers in the background: a mail the server later refuses is logged, not retried.) People with
 * no change get no mail.
 */
export const sendChangeDigests = async (payload: Payload, now: Date = new Date()) => {
  const until = now.toISOString()
  const { docs: subscriptions } = await payload.find({
    collection: 'change-digests',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: { email: { equals: true } },
  })
  let sent = 0
  let failed = 0
  for (const subscription of subscriptions) {
    const userId = relationId(subscription.user)!
    const person = await payload.findByID({
      collection: 'users',
      depth: 0,
      disableErrors: true,
      id: userId,
      overrideAccess: true,
    })
    if (!person?.email || !subscription.unsubscribeToken) {
      continue
    }
    const since = subscription.lastSentAt ?? subscription.createdAt
    const changes = await changesForPerson(payload, userId, { since, until })
    if (changes.length > 0) {
      const unsubscribeUrl = absoluteUrl(unsubscribePath(subscription.unsubscribeToken))
      const { subject, text } = digestToMail({ absolute: absoluteUrl, changes, unsubscribeUrl })
      try {
        await payload.sendEmail({
          // RFC 8058: mail clients offer their own one-click unsubscribe button.
          headers: {
            'List-Unsubscribe': `<${absoluteUrl(oneClickUnsubscribePath(subscription.unsubscribeToken))}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
          subject,
          text,
          to: person.email,
        })
        sent += 1
      } catch (err) {
        failed += 1
        payload.logger.error({ err, msg: `Could not send the change digest of subscription ${subscription.id}` })
        continue
      }
    }
    await payload.update({
      collection: 'change-digests',
      data: { lastSentAt: until },
      id: subscription.id,
      overrideAccess: true,
    })
  }
  return { failed, sent }
}

/** At 06:00 UTC, before the working day in the region (UTC+4 to UTC+5). */
export const CHANGE_DIGESTS_SCHEDULE: RecurringSchedule = { everyHours: 24, hourUtc: 6 }

/** `sendChangeDigests`: the daily digest run, which queues the next one. */
export const sendChangeDigestsTask: TaskConfig = {
  slug: SEND_CHANGE_DIGESTS_TASK,
  handler: async ({ req }) => {
    const output = await sendChangeDigests(req.payload)
    await queueNextRun(req.payload, SEND_CHANGE_DIGESTS_TASK, CHANGE_DIGESTS_SCHEDULE)
    return { output }
  },
  retries: 0,
}
