/** What the leak checks need to know to build the public addresses. */
export type PublicPageFixtures = {
  countrySlug: string
  draftArticleSlug: string
  indicatorSlug: string
  publishedArticleSlug: string
  secret: string
}

/**
 * What a reader must get: a rendered page (200, a `main` landmark and an h1), a download of the
 * given content type, or a 404 because the point is that the page is hidden.
 */
export type PublicPageKind = 'csv' | 'hidden' | 'json' | 'page' | 'xml'

/** The content type each kind of download is served with. */
export const CONTENT_TYPES: Record<Exclude<PublicPageKind, 'hidden' | 'page'>, RegExp> = {
  csv: /^text\/csv/,
  json: /^application\/json/,
  xml: /xml/,
}

/**
 * Every public page a reader can reach, one line each. The leak spec (e2e/workflow-leaks.spec.ts)
 * loads each one anonymously, checks it renders as its kind says and that nothing unpublished
 * shows (titles, and the draft's slug); a new public page is one more line here.
 */
export const PUBLIC_PAGES: { kind: PublicPageKind; name: string; path: (fixtures: PublicPageFixtures) => string }[] = [
  { kind: 'page', name: 'home', path: () => '/' },
  { kind: 'page', name: 'countries index', path: () => '/countries' },
  { kind: 'page', name: 'country page', path: ({ countrySlug }) => `/countries/${countrySlug}` },
  { kind: 'hidden', name: 'draft-only article page', path: ({ draftArticleSlug }) => `/articles/${draftArticleSlug}` },
  {
    kind: 'page',
    name: 'published article page',
    path: ({ publishedArticleSlug }) => `/articles/${publishedArticleSlug}`,
  },
  { kind: 'page', name: 'indicator page', path: ({ indicatorSlug }) => `/indicators/${indicatorSlug}` },
  { kind: 'page', name: 'indicators index', path: () => '/indicators' },
  { kind: 'page', name: 'articles list', path: () => '/articles' },
  { kind: 'page', name: 'articles list by country', path: ({ countrySlug }) => `/articles?country=${countrySlug}` },
  { kind: 'page', name: 'author page of the draft’s byline', path: () => '/authors/ergun-mamedov' },
  { kind: 'page', name: 'search', path: () => '/search?q=Leakcheck' },
  {
    kind: 'page',
    name: 'comparison',
    path: ({ countrySlug, indicatorSlug }) =>
      `/compare?countries=${countrySlug},uzbekistan&indicators=${indicatorSlug}`,
  },
  {
    kind: 'csv',
    name: 'comparison CSV download',
    path: ({ countrySlug, indicatorSlug }) =>
      `/compare/data.csv?countries=${countrySlug},uzbekistan&indicators=${indicatorSlug}`,
  },
  {
    kind: 'json',
    name: 'comparison JSON download',
    path: ({ countrySlug, indicatorSlug }) =>
      `/compare/data.json?countries=${countrySlug},uzbekistan&indicators=${indicatorSlug}`,
  },
  {
    kind: 'page',
    name: 'comparison pinned to a day',
    path: ({ countrySlug, indicatorSlug }) =>
      `/compare?countries=${countrySlug},uzbekistan&indicators=${indicatorSlug}&asOf=2026-01-01`,
  },
  {
    kind: 'page',
    name: 'indicator page pinned to a day',
    path: ({ indicatorSlug }) => `/indicators/${indicatorSlug}?asOf=2026-01-01`,
  },
  {
    kind: 'csv',
    name: 'comparison CSV download with revisions',
    path: ({ countrySlug, indicatorSlug }) =>
      `/compare/data.csv?countries=${countrySlug},uzbekistan&indicators=${indicatorSlug}&revisions=1`,
  },
  {
    kind: 'json',
    name: 'comparison JSON download with revisions',
    path: ({ countrySlug, indicatorSlug }) =>
      `/compare/data.json?countries=${countrySlug},uzbekistan&indicators=${indicatorSlug}&revisions=1`,
  },
  { kind: 'csv', name: 'country CSV download', path: ({ countrySlug }) => `/countries/${countrySlug}/data.csv` },
  { kind: 'json', name: 'country JSON download', path: ({ countrySlug }) => `/countries/${countrySlug}/data.json` },
  { kind: 'csv', name: 'indicator CSV download', path: ({ indicatorSlug }) => `/indicators/${indicatorSlug}/data.csv` },
  {
    kind: 'json',
    name: 'indicator JSON download',
    path: ({ indicatorSlug }) => `/indicators/${indicatorSlug}/data.json`,
  },
  { kind: 'xml', name: 'RSS feed', path: () => '/feed.xml' },
  { kind: 'xml', name: 'sitemap', path: () => '/sitemap.xml' },
]
