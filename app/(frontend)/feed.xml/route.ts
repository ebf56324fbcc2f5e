import { Feed } from 'feed'

import type { Author } from '@/payload-types'

import { topicLabel } from '@/collections/Articles'
import { FEED_TITLE, SITE_DESCRIPTION } from '@/lib/metadata'
import { getFeedArticles } from '@/lib/queries/articles'
import { absoluteUrl } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

/** RSS 2.0 feed of the latest published articles. */
export const GET = async (): Promise<Response> => {
  const articles = await getFeedArticles(20)
  const newest = articles[0]
  const feed = new Feed({
    copyright: `© ${new Date().getUTCFullYear()} Crossroads`,
    description: SITE_DESCRIPTION,
    feedLinks: { rss: absoluteUrl('/feed.xml') },
    generator: false,
    id: absoluteUrl('/'),
    language: 'en',
    link: absoluteUrl('/'),
    title: FEED_TITLE,
    updated: newest ? new Date(newest.publishedAt ?? newest.updatedAt) : undefined,
  })
  for (const article of articles) {
    const url = absoluteUrl(`/articles/${article.slug}`)
    feed.addItem({
      author: (article.authors ?? [])
        .filter((author): author is Author => typeof author === 'object' && author !== null)
        .map((author) => ({ link: absoluteUrl(`/authors/${author.slug}`), name: author.name })),
      category: (article.topics ?? []).map((topic) => ({ name: topicLabel(topic) })),
      date: new Date(article.publishedAt ?? article.updatedAt),
      description: article.dek,
      guid: url,
      id: url,
      link: url,
      title: article.title,
    })
  }
  return new Response(feed.rss2(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
