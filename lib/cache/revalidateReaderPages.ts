import type { Payload } from 'payload'

import { revalidatePath } from 'next/cache'

import { productionServer } from '@/server/productionServer.mjs'

/** Next.js throws this when there is no request/route cache in the process (scripts, tests). */
const OUTSIDE_NEXT = 'static generation store missing'

/**
 * Marks every cached reader page stale, so the next request renders it from the database. Reader
 * pages share the root layout, so one layout-level revalidation reaches all of them. Under
 * `server/index.mjs` it also empties the shared page cache in front of Next.js, asks the server to
 * revalidate again in a request of its own (a write made outside any request, such as a
 * publication the jobs queue makes at its scheduled time, has no request whose end would apply
 * the revalidation), and tells the other server processes of a cluster to do the same.
 * Outside a Next.js server (seed, `payload run`, vitest) there is no page cache and nothing happens.
 */
export const revalidateReaderPages = ({ payload, reason }: { payload: Payload; reason: string }): boolean => {
  const server = productionServer()
  server?.pageCache?.purge()
  if (server) {
    server.broadcast()
    server.revalidateInRequest().catch((err: unknown) => {
      // The write itself has succeeded; the hourly revalidation of cached pages bounds the staleness.
      payload.logger.error({ err, msg: `Could not revalidate reader pages after ${reason}` })
    })
  }
  try {
    revalidatePath('/', 'layout')
    payload.logger.debug({ msg: `Reader pages revalidated: ${reason}` })
    return true
  } catch (err) {
    if (err instanceof Error && err.message.includes(OUTSIDE_NEXT)) {
      return server !== null
    }
    payload.logger.error({ err, msg: `Could not revalidate reader pages after ${reason}` })
    return server !== null
  }
}
