import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/lib/siteUrl'

/** Readers' pages are open to crawlers; the admin, the API and search results are not. */
const robots = (): MetadataRoute.Robots => ({
  rules: [{ allow: '/', disallow: ['/admin', '/api/', '/search'], userAgent: '*' }],
  sitemap: absoluteUrl('/sitemap.xml'),
})

export default robots
