import { expect, test } from '@playwright/test'

import { DEMO } from './helpers/login'
import { publishThroughWorkflow } from './helpers/workflow'
import { PUBLIC_PAGES, type PublicPageFixtures } from './helpers/publicPages'

/**
 * A draft-only article, a submitted but unapproved change to a published country and an observation
 * that was published and then unpublished: none of them may show on any public page.
 */
const SECRETS = {
  article: 'Leakcheck draft-only article',
  capital: 'Leakcheck pending capital',
  observation: 'Leakcheck unpublished project',
}

const fixtures: PublicPageFixtures = {
  countrySlug: 'kazakhstan',
  draftArticleSlug: 'leakcheck-draft-only-article',
  indicatorSlug: '',
  publishedArticleSlug: 'ascendant-axis-central-asia-kazakhstan-uzbekistan',
  secret: SECRETS.article,
}

const paragraph = (text: string) => ({
  content: [{ content: [{ text, type: 'text' }], type: 'paragraph' }],
  type: 'doc',
})

test.describe.serial('unpublished content on public pages', () => {
  test.beforeAll(async ({ playwright, baseURL }) => {
    const signedIn = async (role: keyof typeof DEMO) => {
      const api = await playwright.request.newContext({ baseURL })
      expect((await api.post('/api/users/login', { data: DEMO[role] })).ok()).toBe(true)
      return api
    }
    const analyst = await signedIn('analyst')
    const editor = await signedIn('editor')
    const admin = await signedIn('admin')
    const first = async (path: string) => (await (await analyst.get(path)).json()).docs[0]

    const kazakhstan = await first('/api/countries?where[slug][equals]=kazakhstan&depth=0')
    const byline = await first('/api/authors?where[slug][equals]=ergun-mamedov&depth=0')
    const indicator = await first('/api/indicators?where[slug][equals]=bilateral-trade-growth&depth=0')
    const uzbekistan = await first('/api/countries?where[slug][equals]=uzbekistan&depth=0')
    fixtures.indicatorSlug = indicator.slug

    const article = await analyst.post('/api/articles?draft=true', {
      data: {
        authors: [byline.id],
        body: paragraph(`${SECRETS.article} body text.`),
        countries: [kazakhstan.id],
        dek: `${SECRETS.article} dek.`,
        slug: fixtures.draftArticleSlug,
        title: SECRETS.article,
      },
    })
    expect(article.ok(), await article.text()).toBe(true)

    expect(
      (await analyst.patch(`/api/countries/${kazakhstan.id}?draft=true`, { data: { capital: SECRETS.capital } })).ok(),
    ).toBe(true)
    expect((await analyst.post(`/api/countries/${kazakhstan.id}/workflow/submit`)).ok()).toBe(true)

    const observation = await editor.post('/api/observations?draft=true', {
      data: {
        country: kazakhstan.id,
        indicator: indicator.id,
        partner: uzbekistan.id,
        period: { kind: 'year', year: 2019 },
        qualifier: 'estimate',
        source: { url: 'https://example.org/leakcheck' },
        subject: SECRETS.observation,
        value: 7.5,
      },
    })
    expect(observation.ok(), await observation.text()).toBe(true)
    const { doc } = await observation.json()
    // Published once (by someone other than its author) and unpublished again.
    await publishThroughWorkflow(admin, 'observations', doc.id)
    expect((await editor.post(`/api/observations/${doc.id}/workflow/unpublish`)).ok()).toBe(true)
    await analyst.dispose()
    await editor.dispose()
    await admin.dispose()
  })

  for (const publicPage of PUBLIC_PAGES) {
    test(`should show nothing unpublished on the ${publicPage.name}`, async ({ request }) => {
      const response = await request.get(publicPage.path(fixtures))
      expect([200, 404]).toContain(response.status())
      const html = await response.text()
      for (const secret of Object.values(SECRETS)) {
        expect(html, `${secret} on ${publicPage.path(fixtures)}`).not.toContain(secret)
      }
      if (!publicPage.path(fixtures).includes(fixtures.draftArticleSlug)) {
        expect(html, `a link to the draft on ${publicPage.path(fixtures)}`).not.toContain(fixtures.draftArticleSlug)
      }
    })
  }

  test('should keep serving the published capital while the change waits for review', async ({ page }) => {
    await page.goto(`/countries/${fixtures.countrySlug}`)
    await expect(page.getByRole('complementary', { name: 'Facts' })).toContainText('Astana')
  })

  test('should answer 404 for the draft-only article', async ({ request }) => {
    expect((await request.get(`/articles/${fixtures.draftArticleSlug}`)).status()).toBe(404)
  })
})
