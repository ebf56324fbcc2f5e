import { unsubscribeByToken } from '@/lib/changeDigest/subscription'
import { getPayloadClient } from '@/lib/payload'

type Context = { params: Promise<{ token: string }> }

/**
 * Stops a daily digest: the form on /digest/unsubscribe/<token>, and mail clients' own one-click
 * button (RFC 8058 `List-Unsubscribe-Post`), which posts here without cookies.
 */
export const POST = async (request: Request, { params }: Context): Promise<Response> => {
  const { token } = await params
  const done = await unsubscribeByToken(await getPayloadClient(), token)
  const result = done ? 'done' : 'invalid'
  return Response.redirect(new URL(`/digest/unsubscribe/${encodeURIComponent(token)}?result=${result}`, request.url), 303)
}
