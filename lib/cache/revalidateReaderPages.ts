import type { Payload } from 'payload'

import { revalidatePath } from 'next/cache'

/** Next.js throws this when there is no request/route cache in the process (scripts, tests). */
const OUTSIDE_NEXT = 'static generation store missing'

/**
 * Marks every cached reader page stale, so the next request renders it from the database. Reader
 * pages share the root layout, so one layout-level revalidation reaches all of them. Outside a
 * Next.js server (seed, `payload run`, vitest) there is no page cache to clear and nothing happens.
 */
export const revalidateReaderPages = ({ payload, reason }: { payload: Payload; reason: string }): boolean => {
  try {
    revalidatePath('/', 'layout')
    payload.logger.debug({ msg: `Reader pages revalidated: ${reason}` })
    return true
  } catch (err) {
    if (err instanceof Error && err.message.includes(OUTSIDE_NEXT)) {
      return false
    }
    // The write itself has succeeded; the hourly revalidation of cached pages bounds the staleness.
    payload.logger.error({ err, msg: `Could not revalidate reader pages after ${reason}` })
    return false
  }
}
