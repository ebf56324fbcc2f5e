import type { Payload } from 'payload'

import { revalidatePath } from 'next/cache'

import type { SharedPageCache } from '@/lib/cache/sharedPageCache.mjs'

import { SHARED_PAGE_CACHE } from '@/lib/cache/sharedPageCache.mjs'

/** Next.js throws this when there is no request/route cache in the process (scripts, tests). */
const OUTSIDE_NEXT = 'static generation store missing'

/** The shared page cache of the running `server.mjs`, if this process is one. */
const sharedPageCache = (): null | SharedPageCache =>
  ((globalThis as Record<symbol, unknown>)[SHARED_PAGE_CACHE] as SharedPageCache | undefined) ?? null

/**
 * Marks every cached reader page stale, so the next request renders it from the database. Reader
 * pages share the root layout, so one layout-level revalidation reaches all of them; the shared
 * page cache in front of Next.js (`server.mjs`) is emptied first, so no copy outlives the change.
 * Outside a Next.js server (seed, `payload run`, vitest) there is no page cache to clear and
 * nothing happens.
 */
export const revalidateReaderPages = ({ payload, reason }: { payload: Payload; reason: string }): boolean => {
  const frontCache = sharedPageCache()
  frontCache?.purge()
  try {
    revalidatePath('/', 'layout')
    payload.logger.debug({ msg: `Reader pages revalidated: ${reason}` })
    return true
  } catch (err) {
    if (err instanceof Error && err.message.includes(OUTSIDE_NEXT)) {
      return frontCache !== null
    }
    // The write itself has succeeded; the hourly revalidation of cached pages bounds the staleness.
    payload.logger.error({ err, msg: `Could not revalidate reader pages after ${reason}` })
    return false
  }
}
