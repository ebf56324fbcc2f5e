import type { Author } from '@/payload-types'

import { topicLabel } from '@/lib/articles/options'
import { feedEntriesToRss } from '@/lib/feed/rss'
import { getFeedArticles } from '@/lib/queries/articles'
import { absoluteUrl } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

/** RSS 2.0 feed of the latest published articles. */
export const GET = async (): Promise<Response> => {
  const articles = await getFeedArticles(20)
  const rss = feedEntriesToRss({
    entries: articles.map((article) => ({
      authors: (article.authors ?? [])
        .filter((author): author is Author => typeof author === 'object' && author !== null)
        .map((author) => ({ name: author.name, url: absoluteUrl(`/authors/${author.slug}`) })),
      categories: (article.topics ?? []).map(topicLabel),
      date: new Date(article.publishedAt ?? article.updatedAt),
      summary: article.dek,
      title: article.title,
      url: absoluteUrl(`/articles/${article.slug}`),
    })),
    feedUrl: absoluteUrl('/feed.xml'),
    siteUrl: absoluteUrl('/'),
    year: new Date().getUTCFullYear(),
  })
  return new Response(rss, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
