// `npm run digests:send`: sends the daily digests now, as the 06:00 and 07:00 UTC jobs would: readers'
// digests of approved changes they follow, and staff notifications waiting for their digest. Each
// part sends nothing twice, so running it before or after the jobs is harmless.
import config from '@payload-config'
import { getPayload } from 'payload'

import { sendChangeDigests } from '@/lib/changeDigest/send'
import { sendNotificationDigests } from '@/lib/notifications/digest'

const payload = await getPayload({ config })
try {
  const readers = await sendChangeDigests(payload)
  const staff = await sendNotificationDigests(payload)
  payload.logger.info(
    `Digests sent: ${readers.sent} to readers (${readers.failed} failed), ${staff.mails} to staff covering ${staff.notifications} notifications.`,
  )
} finally {
  // The SMTP transport hands mail over in the background; give it a moment before the process ends.
  await new Promise((resolve) => setTimeout(resolve, 1500))
  await payload.destroy()
}
