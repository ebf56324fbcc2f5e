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
 * loads each one anonymously and checks nothing unpublished shows (titles, and the draft's slug);
 * a new public page is one more line here.
 */
export const PUBLIC_PAGES: { name: string; path: (fixtures: PublicPageFixtures) => string }[] = [
  { name: 'home', path: () => '/' },
  { name: 'countries index', path: () => '/countries' },
  { name: 'country page', path: ({ countrySlug }) => `/countries/${countrySlug}` },
  { name: 'draft-only article page', path: ({ draftArticleSlug }) => `/articles/${draftArticleSlug}` },
  { name: 'published article page', path: ({ publishedArticleSlug }) => `/articles/${publishedArticleSlug}` },
  { name: 'indicator page', path: ({ indicatorSlug }) => `/indicators/${indicatorSlug}` },
  { name: 'indicators index', path: () => '/indicators' },
  { name: 'articles list', path: () => '/articles' },
  { name: 'articles list by country', path: ({ countrySlug }) => `/articles?country=${countrySlug}` },
  { name: 'author page of the draft’s byline', path: () => '/authors/ergun-mamedov' },
  { name: 'search', path: () => '/search?q=Leakcheck' },
  {
    name: 'comparison',
    path: ({ countrySlug, indicatorSlug }) =>
      `/compare?countries=${countrySlug},uzbekistan&indicators=${indicatorSlug}`,
  },
  {
    name: 'comparison CSV download',
    path: ({ countrySlug, indicatorSlug }) =>
      `/compare/data.csv?countries=${countrySlug},uzbekistan&indicators=${indicatorSlug}`,
  },
  {
    name: 'comparison JSON download',
    path: ({ countrySlug, indicatorSlug }) =>
      `/compare/data.json?countries=${countrySlug},uzbekistan&indicators=${indicatorSlug}`,
  },
  { name: 'RSS feed', path: () => '/feed.xml' },
  { name: 'sitemap', path: () => '/sitemap.xml' },
]
