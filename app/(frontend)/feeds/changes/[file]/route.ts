import { changesForPerson } from '@/lib/changeDigest/changes'
import { changeHeading, changeToText } from '@/lib/changeDigest/message'
import { findSubscriptionByToken } from '@/lib/changeDigest/subscription'
import { feedEntriesToRss } from '@/lib/feed/rss'
import { getPayloadClient } from '@/lib/payload'
import { relationId } from '@/lib/observations/data'
import { absoluteUrl } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

/** How far back the private feed reaches. */
const FEED_DAYS = 30

type Context = { params: Promise<{ file: string }> }

/**
 * `/feeds/changes/<token>.xml`: a person's private RSS feed of the approved changes to what they
 * follow in the last 30 days, newest first. The token in the address is the only credential (feed
 * readers send no cookies), so the response is never stored by a shared cache and names no account.
 */
export const GET = async (_request: Request, { params }: Context): Promise<Response> => {
  const { file } = await params
  const token = file.endsWith('.xml') ? file.slice(0, -'.xml'.length) : null
  const payload = await getPayloadClient()
  const subscription = token ? await findSubscriptionByToken(payload, 'feedToken', token) : null
  const privateHeaders = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' }
  if (!subscription) {
    return new Response('No such feed. Its address may have been replaced; find the current one in My Crossroads.\n', {
      headers: { ...privateHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
      status: 404,
    })
  }
  const now = new Date()
  const since = new Date(now.getTime() - FEED_DAYS * 86_400_000).toISOString()
  const userId = relationId(subscription.user)!
  const changes = await changesForPerson(payload, userId, { since, until: now.toISOString() })
  const rss = feedEntriesToRss({
    entries: changes.reverse().map((change) => ({
      authors: [],
      categories: [],
      date: new Date(change.at),
      guid: absoluteUrl(`${change.path}#${change.key}`),
      summary: changeToText(change, absoluteUrl),
      title: changeHeading(change),
      url: absoluteUrl(change.path),
    })),
    feedUrl: absoluteUrl(`/feeds/changes/${file}`),
    siteUrl: absoluteUrl('/'),
    title: 'Crossroads — changes to what you follow',
    year: now.getUTCFullYear(),
  })
  return new Response(rss, { headers: { ...privateHeaders, 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
