import type { PublicPageFixtures, PublicPageKind } from './helpers/publicPages'

import { test as base, expect, firstDoc } from './fixtures'
import { CONTENT_TYPES, PUBLIC_PAGES } from './helpers/publicPages'

/**
 * A draft-only article, a submitted but unapproved change to a published country and an observation
 * that was published and then unpublished: none of them may show on any public page.
 */
const SECRETS = {
  article: 'Leakcheck draft-only article',
  capital: 'Leakcheck pending capital',
  observation: 'Leakcheck unpublished project',
}

const PUBLISHED_CAPITAL = 'Leak Test City'

/**
 * The three unpublished things, each test's own (e2e/fixtures.ts): a new published country whose
 * change waits for review, the draft-only article about it, and its unpublished observation.
 */
const test = base.extend<{ leak: PublicPageFixtures }>({
  leak: async ({ analyst, articles, countries, editor, observations }, provide) => {
    const country = await countries.create({ capital: PUBLISHED_CAPITAL, name: 'Leak Test Republic' })
    const uzbekistan = await firstDoc(editor, '/api/countries?where[slug][equals]=uzbekistan&depth=0')
    const article = await articles.create({ countries: [country.id], status: 'draft', title: SECRETS.article })

    const change = await analyst.patch(`/api/countries/${country.id}?draft=true`, {
      data: { capital: SECRETS.capital },
    })
    expect(change.ok(), await change.text()).toBe(true)
    const submitted = await analyst.post(`/api/countries/${country.id}/workflow/submit`)
    expect(submitted.ok(), await submitted.text()).toBe(true)

    // Published once (by someone other than its author) and unpublished again.
    const observation = await observations.create({
      country: country.id,
      indicator: 'bilateral-trade-growth',
      partner: uzbekistan.id,
      qualifier: 'estimate',
      subject: SECRETS.observation,
      value: 7.5,
    })
    const unpublished = await editor.post(`/api/observations/${observation.id}/workflow/unpublish`)
    expect(unpublished.ok(), await unpublished.text()).toBe(true)

    await provide({
      countrySlug: country.slug,
      draftArticleSlug: article.slug,
      indicatorSlug: 'bilateral-trade-growth',
      publishedArticleSlug: 'ascendant-axis-central-asia-kazakhstan-uzbekistan',
      secret: SECRETS.article,
    })
  },
})

const expectNoSecrets = (html: string, path: string) => {
  for (const secret of Object.values(SECRETS)) {
    expect(html, `${secret} on ${path}`).not.toContain(secret)
  }
}

const pagesOf = (kinds: PublicPageKind[]) => PUBLIC_PAGES.filter((publicPage) => kinds.includes(publicPage.kind))

test.describe('unpublished content on public pages', () => {
  for (const publicPage of pagesOf(['page'])) {
    test(`should show nothing unpublished on the ${publicPage.name}`, async ({ leak, page }) => {
      const path = publicPage.path(leak)
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      await expect(page.getByRole('main')).toBeVisible()
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
      const html = (await response?.text()) ?? ''
      expectNoSecrets(html, path)
      expect(html, `a link to the draft on ${path}`).not.toContain(leak.draftArticleSlug)
    })
  }

  for (const publicPage of pagesOf(['csv', 'json', 'xml'])) {
    test(`should show nothing unpublished on the ${publicPage.name}`, async ({ leak, request }) => {
      const path = publicPage.path(leak)
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      expect(response.headers()['content-type']).toMatch(CONTENT_TYPES[publicPage.kind as keyof typeof CONTENT_TYPES])
      const body = await response.text()
      expect(body.length).toBeGreaterThan(0)
      expectNoSecrets(body, path)
      expect(body, `a link to the draft on ${path}`).not.toContain(leak.draftArticleSlug)
    })
  }

  for (const publicPage of pagesOf(['hidden'])) {
    test(`should show nothing unpublished on the ${publicPage.name}`, async ({ leak, request }) => {
      const path = publicPage.path(leak)
      const response = await request.get(path)
      expect(response.status(), path).toBe(404)
      expectNoSecrets(await response.text(), path)
    })
  }

  test('should keep serving the published capital while the change waits for review', async ({ leak, page }) => {
    await page.goto(`/countries/${leak.countrySlug}`)
    await expect(page.getByRole('complementary', { name: 'Facts' })).toContainText(PUBLISHED_CAPITAL)
  })

  test('should answer 404 for the draft-only article', async ({ leak, request }) => {
    expect((await request.get(`/articles/${leak.draftArticleSlug}`)).status()).toBe(404)
  })
})
