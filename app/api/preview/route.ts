import { isPreviewCollection, previewPagePath } from '@/lib/preview/previewAddress'
import { staffFromHeaders } from '@/lib/preview/previewSession'

export const dynamic = 'force-dynamic'

const NOT_STORED = { 'Cache-Control': 'private, no-store' }

/**
 * `/api/preview?collection=<slug>&id=<id>`: sends a signed-in admin, editor or analyst to the
 * preview of that document's public page. Anyone else gets 403. The preview page checks the session
 * again on every request; nothing here unlocks it.
 */
export const GET = async (request: Request): Promise<Response> => {
  const url = new URL(request.url)
  const collection = url.searchParams.get('collection')
  const id = url.searchParams.get('id')
  if (!isPreviewCollection(collection) || !id) {
    return new Response(
      'Preview needs a collection with public pages (articles, countries, indicators, observations) and an id.',
      {
        headers: NOT_STORED,
        status: 400,
      },
    )
  }
  if (!(await staffFromHeaders(request.headers))) {
    return new Response('Only signed-in staff (admin, editor, analyst) can preview unpublished changes.', {
      headers: NOT_STORED,
      status: 403,
    })
  }
  return new Response(null, {
    headers: { ...NOT_STORED, Location: previewPagePath({ collection, id }) },
    status: 303,
  })
}
