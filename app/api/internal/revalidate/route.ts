import { revalidatePath } from 'next/cache'

import { KEEP_PAGE_CACHE_PARAMETER, productionServer, REVALIDATION_TOKEN_HEADER } from '@/server/productionServer.mjs'

export const dynamic = 'force-dynamic'

/**
 * Revalidates the reader pages inside a request, for a write that happened outside one (see
 * `lib/cache/revalidateReaderPages.ts`). Only the server process itself can call it: it needs the
 * random token `server/index.mjs` made at start-up; anything else gets a 404.
 */
export const POST = (request: Request): Response => {
  const server = productionServer()
  if (!server?.isRevalidationToken(request.headers.get(REVALIDATION_TOKEN_HEADER))) {
    return new Response('Not found', { status: 404 })
  }
  if (!new URL(request.url).searchParams.has(KEEP_PAGE_CACHE_PARAMETER)) {
    server.pageCache?.purge()
  }
  revalidatePath('/', 'layout')
  return new Response(null, { status: 204 })
}
