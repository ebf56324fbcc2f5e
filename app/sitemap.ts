import type { MetadataRoute } from 'next'

import { getPublishedSlugs } from '@/lib/queries/sitemap'
import { absoluteUrl } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

/** Search results are left out: robots.txt keeps crawlers away from them. */
const STATIC_PAGES = ['/', '/articles', '/authors', '/countries', '/indicators', '/compare'] as const

const SECTIONS = [
  { collection: 'articles', path: '/articles' },
  { collection: 'countries', path: '/countries' },
  { collection: 'indicators', path: '/indicators' },
  { collection: 'authors', path: '/authors' },
] as const

/** Every static page and every published article, country, indicator and author. */
const sitemap = async (): Promise<MetadataRoute.Sitemap> => {
  const sections = await Promise.all(
    SECTIONS.map(async ({ collection, path }) =>
      (await getPublishedSlugs(collection)).map((doc) => ({
        lastModified: doc.updatedAt,
        url: absoluteUrl(`${path}/${doc.slug}`),
      })),
    ),
  )
  return [...STATIC_PAGES.map((path) => ({ url: absoluteUrl(path) })), ...sections.flat()]
}

export default sitemap
