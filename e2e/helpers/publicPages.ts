/** What the leak checks need to know to build the public addresses. */
export type PublicPageFixtures = {
  countrySlug: string
  draftArticleSlug: string
  indicatorSlug: string
  publishedArticleSlug: string
  secret: string
}

/**
 * Every public page a reader can reach, one line each. The leak spec (e2e/workflow-leaks.spec.ts)
 * loads each one anonymously and checks nothing unpublished shows; a new public page — search,
 * RSS feed, sitemap — is one more line here.
 */
export const PUBLIC_PAGES: { name: string; path: (fixtures: PublicPageFixtures) => string }[] = [
  { name: 'home', path: () => '/' },
  { name: 'countries index', path: () => '/countries' },
  { name: 'country page', path: ({ countrySlug }) => `/countries/${countrySlug}` },
  { name: 'draft-only article page', path: ({ draftArticleSlug }) => `/articles/${draftArticleSlug}` },
  { name: 'published article page', path: ({ publishedArticleSlug }) => `/articles/${publishedArticleSlug}` },
  { name: 'indicator page', path: ({ indicatorSlug }) => `/indicators/${indicatorSlug}` },
]
