import type { Metadata } from 'next'

export const SITE_NAME = 'Crossroads'
export const SITE_DESCRIPTION =
  'Independent analysis and sourced data on Central Asia and the South Caucasus: trade, energy, connectivity and diplomacy.'
export const FEED_TITLE = 'Crossroads — latest analysis'

/** Every page repeats these, because Next replaces `alternates` and `openGraph` wholesale per page. */
const FEED_ALTERNATE = { 'application/rss+xml': [{ title: FEED_TITLE, url: '/feed.xml' }] }

export type OpenGraphImage = { alt: string; height?: number; url: string; width?: number }

type PageMetadataInput = {
  description: string
  /** Shown when the page is shared; 1200×630 works everywhere. */
  image?: OpenGraphImage
  /** Site-relative path of the page, used as its canonical URL. */
  path: string
  title: string
} & (
  | { authors?: string[]; modifiedTime?: string; publishedTime?: string; tags?: string[]; type: 'article' }
  | { type?: 'profile' | 'website' }
)

/** Title, description, canonical URL, Open Graph and Twitter card for one page. */
export const pageMetadata = (input: PageMetadataInput): Metadata => {
  const { description, image, path, title } = input
  const shared = {
    description,
    images: image ? [image] : undefined,
    locale: 'en_GB',
    siteName: SITE_NAME,
    title,
    url: path,
  }
  const openGraph: Metadata['openGraph'] =
    input.type === 'article'
      ? {
          ...shared,
          authors: input.authors,
          modifiedTime: input.modifiedTime,
          publishedTime: input.publishedTime,
          tags: input.tags,
          type: 'article',
        }
      : { ...shared, type: input.type ?? 'website' }
  return {
    alternates: { canonical: path, types: FEED_ALTERNATE },
    description,
    openGraph,
    title,
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      description,
      images: image ? [image] : undefined,
      title,
    },
  }
}

/** Site-wide defaults; no canonical URL here, or every page without its own would point at the home page. */
export const defaultMetadata = (metadataBase: URL): Metadata => ({
  alternates: { types: FEED_ALTERNATE },
  applicationName: SITE_NAME,
  description: SITE_DESCRIPTION,
  metadataBase,
  openGraph: { description: SITE_DESCRIPTION, locale: 'en_GB', siteName: SITE_NAME, title: SITE_NAME, type: 'website' },
  title: { default: `${SITE_NAME} — Central Asia & South Caucasus analysis`, template: `%s — ${SITE_NAME}` },
  twitter: { card: 'summary' },
})
