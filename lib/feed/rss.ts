import { Feed } from 'feed'

import { FEED_TITLE, SITE_DESCRIPTION } from '@/lib/metadata'

/** One article as the feed lists it; every text in it is typed by staff. */
export type FeedEntry = {
  authors: { name: string; url: string }[]
  categories: string[]
  date: Date
  /** The item's permanent id when its address is shared by several items; the address otherwise. */
  guid?: string
  summary: null | string | undefined
  title: string
  url: string
}

/**
 * Characters XML 1.0 does not allow in a document: C0 controls other than tab, line feed and
 * carriage return, U+FFFE, U+FFFF and unpaired surrogates. One of them makes the whole feed
 * malformed, and a strict reader then drops every item.
 */
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Plain text that an XML 1.0 document can carry: the characters XML forbids are dropped. */
export const plainTextToXmlText = (text: string): string => text.replace(NOT_XML_CHARACTER, '')

/** Plain text as HTML that shows the same text and has no markup of its own. */
export const plainTextToHtml = (text: string): string =>
  plainTextToXmlText(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')

/**
 * RSS titles (and author and category names) are plain text, but several aggregators render them
 * as HTML: angle brackets go out as character references so that they can never open a tag there,
 * while `&` stays as typed for the readers that follow the specification.
 */
export const plainTextToRssText = (text: string): string =>
  plainTextToXmlText(text).replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/**
 * RSS 2.0 of the given entries. The summary goes out as HTML (an RSS description is HTML) that
 * shows the typed text; the `feed` package writes text as CDATA and splits a `]]>` in it. Whatever
 * staff type, the feed stays well-formed XML 1.0 and carries no markup of theirs.
 */
export const feedEntriesToRss = ({
  entries,
  feedUrl,
  siteUrl,
  title = FEED_TITLE,
  year,
}: {
  entries: FeedEntry[]
  feedUrl: string
  siteUrl: string
  title?: string
  year: number
}): string => {
  const feed = new Feed({
    copyright: `© ${year} Crossroads`,
    description: SITE_DESCRIPTION,
    feedLinks: { rss: feedUrl },
    generator: false,
    id: siteUrl,
    language: 'en',
    link: siteUrl,
    title,
    updated: entries[0]?.date,
  })
  for (const entry of entries) {
    feed.addItem({
      author: entry.authors.map((author) => ({ link: author.url, name: plainTextToRssText(author.name) })),
      category: entry.categories.map((name) => ({ name: plainTextToRssText(name) })),
      date: entry.date,
      description: entry.summary ? plainTextToHtml(entry.summary) : undefined,
      guid: entry.guid ?? entry.url,
      id: entry.guid ?? entry.url,
      link: entry.url,
      title: plainTextToRssText(entry.title),
    })
  }
  return feed.rss2()
}
