import type { APIRequestContext, Page } from '@playwright/test'

import { test as base, expect, paragraph } from './fixtures'
import { publishThroughWorkflow } from './helpers/workflow'

type PublishedArticle = { id: number | string; slug: string; title: string }

/** Published articles as an anonymous reader sees them through the REST API, newest first. */
const publishedArticles = async (request: APIRequestContext, where = ''): Promise<PublishedArticle[]> => {
  const response = await request.get(`/api/articles?depth=0&limit=100&sort=-publishedAt${where}`)
  expect(response.ok()).toBe(true)
  return (await response.json()).docs
}

/** Parses XML in the browser and fails on any parse error, so "valid XML" means what a feed reader sees. */
const parseXml = async (page: Page, xml: string) =>
  page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml')
    const error = doc.querySelector('parsererror')
    return {
      error: error?.textContent ?? null,
      items: [...doc.querySelectorAll('item')].map((item) => ({
        link: item.querySelector('link')?.textContent ?? '',
        title: item.querySelector('title')?.textContent ?? '',
      })),
      locs: [...doc.getElementsByTagName('loc')].map((loc) => loc.textContent ?? ''),
      root: doc.documentElement.nodeName,
      version: doc.documentElement.getAttribute('version'),
    }
  }, xml)

type Created = { id: number | string; slug: string }

type EditorApi = {
  /**
   * Creates an article as the demo editor, a draft unless `_status: 'published'`, which the demo
   * admin then publishes through the workflow (four eyes); deleted after the test.
   */
  createArticle: (data: Record<string, unknown>) => Promise<Created>
  request: APIRequestContext
}

const test = base.extend<{ editorApi: EditorApi }>({
  editorApi: async ({ admin: publisher, editor: request }, provide) => {
    const author = (await (await request.get('/api/authors?limit=1&depth=0')).json()).docs[0]
    const created: Created[] = []
    await provide({
      createArticle: async ({ _status, ...data }) => {
        const response = await request.post('/api/articles?draft=true', { data: { authors: [author.id], ...data } })
        expect(response.ok(), await response.text()).toBe(true)
        const { doc } = await response.json()
        created.push(doc)
        if (_status === 'published') {
          await publishThroughWorkflow(publisher, 'articles', doc.id)
        }
        return doc
      },
      request,
    })
    for (const doc of created) {
      await request.delete(`/api/articles/${doc.id}`)
    }
  },
})

/** A unique word that appears nowhere else in the database. */
const uniqueWord = () => `Zephyrquill${test.info().workerIndex}x${Date.now()}`

test.describe('articles list without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('should narrow the list by country, topic and author with the filter form', async ({ page, request }) => {
    const kyrgyzstan = (await (await request.get('/api/countries?where[slug][equals]=kyrgyzstan&depth=0')).json())
      .docs[0]
    const aboutKyrgyzstan = await publishedArticles(request, `&where[countries][in][0]=${kyrgyzstan.id}`)
    expect(aboutKyrgyzstan.length).toBeGreaterThan(1)

    await page.goto('/articles')
    await page.getByLabel('Country').selectOption('kyrgyzstan')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/\/articles\?country=kyrgyzstan&topic=&author=$/)
    await expect(page.getByText(`${aboutKyrgyzstan.length} analyses on Kyrgyzstan`)).toBeVisible()
    const titles = page.getByRole('main').getByRole('heading', { level: 2 })
    await expect(titles).toHaveText(aboutKyrgyzstan.slice(0, 6).map((article) => article.title))

    await page.getByLabel('Topic').selectOption('infrastructure')
    await page.getByLabel('Author').selectOption('rafis-abazov')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page.getByText('1 analysis on Kyrgyzstan about infrastructure by Rafis Abazov')).toBeVisible()
    await expect(titles).toHaveText([
      'Kazakhstan–Kyrgyzstan corridor-based integration and the Almaty–Bishkek Economic Corridor',
    ])
    await expect(page.getByLabel('Author')).toHaveValue('rafis-abazov')
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/publication-articles-filtered.png' })

    await page.getByRole('link', { exact: true, name: 'Clear' }).click()
    await expect(page).toHaveURL(/\/articles$/)
  })

  test('should page through every published article with numbered links', async ({ page, request }) => {
    const published = await publishedArticles(request)
    const perPage = 6
    const pages = Math.ceil(published.length / perPage)
    expect(pages).toBeGreaterThan(1)

    await page.goto('/articles')
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analysis' }),
    ).toHaveAttribute('aria-current', 'page')
    const titles = page.getByRole('main').getByRole('heading', { level: 2 })
    await expect(titles).toHaveText(published.slice(0, perPage).map((article) => article.title))
    await expect(page.getByText(`${published.length} analyses · page 1 of ${pages}`)).toBeVisible()
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/publication-articles.png' })

    const pagination = page.getByRole('navigation', { name: 'Pagination' })
    await pagination.getByRole('link', { name: 'Older →' }).click()
    await expect(page).toHaveURL(/\/articles\?page=2$/)
    await expect(titles).toHaveText(published.slice(perPage, perPage * 2).map((article) => article.title))
    await expect(pagination.getByText('Page 2')).toHaveAttribute('aria-current', 'page')

    await pagination.getByRole('link', { name: 'Page 1' }).click()
    await expect(titles.first()).toHaveText(published[0].title)
  })
})

test('should show an author with biography and every published analysis', async ({ page }) => {
  await page.goto('/authors')
  await expect(page.getByRole('heading', { level: 1, name: 'Authors' })).toBeVisible()
  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/publication-authors.png' })
  await page.getByRole('link', { exact: true, name: 'Rafis Abazov' }).click()
  await expect(page).toHaveURL(/\/authors\/rafis-abazov$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Rafis Abazov' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Analysis by Rafis Abazov' })).toBeVisible()
  await expect(
    page.getByRole('link', {
      name: 'Kazakhstan–Kyrgyzstan corridor-based integration and the Almaty–Bishkek Economic Corridor',
    }),
  ).toBeVisible()
  await expect(page).toHaveTitle('Rafis Abazov — Crossroads')
  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/publication-author.png' })
})

test('should link an article to its authors, countries and related analysis', async ({ page }) => {
  await page.goto('/articles/kazakhstan-kyrgyzstan-almaty-bishkek-economic-corridor')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/articles\/kazakhstan-kyrgyzstan-almaty-bishkek-economic-corridor$/,
  )
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  const countries = page.getByRole('region', { name: 'Countries in this analysis' })
  await expect(countries.getByRole('link', { name: 'Kyrgyzstan' })).toHaveAttribute('href', '/countries/kyrgyzstan')
  const related = page.getByRole('region', { name: 'Related analysis' })
  await expect(related.getByRole('listitem')).toHaveCount(3)
  await expect(related.getByRole('link', { name: /Almaty–Bishkek Economic Corridor/ })).toHaveCount(0)
  await page
    .getByRole('region', { name: 'About the author' })
    .getByRole('link', { exact: true, name: 'Rafis Abazov' })
    .click()
  await expect(page).toHaveURL(/\/authors\/rafis-abazov$/)
})

test('should find articles, countries and indicators and mark the matching words', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('searchbox', { name: 'Search Crossroads' }).fill('corridor')
  await page.getByRole('searchbox', { name: 'Search Crossroads' }).press('Enter')
  await expect(page).toHaveURL(/\/search\?q=corridor$/)
  const analysis = page.getByRole('region', { name: 'Analysis' })
  await expect(
    analysis.getByRole('link', {
      name: 'Kazakhstan–Kyrgyzstan corridor-based integration and the Almaty–Bishkek Economic Corridor',
    }),
  ).toBeVisible()
  await expect(analysis.locator('mark').first()).toHaveText(/corridor/i)

  await page.goto('/search?q=astana')
  await expect(page.getByRole('region', { name: 'Countries' }).getByRole('link', { name: 'Kazakhstan' })).toBeVisible()

  await page.goto('/search?q=trade turnover')
  const indicators = page.getByRole('region', { name: 'Indicators' })
  await expect(indicators.getByRole('link', { name: 'Bilateral trade turnover' })).toHaveAttribute(
    'href',
    '/indicators/bilateral-trade-volume',
  )
  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/publication-search.png' })
})

test('should never show a draft in search, the RSS feed or the sitemap', async ({ editorApi, page, request }) => {
  const word = uniqueWord()
  const draft = await editorApi.createArticle({
    body: paragraph(`${word} is a draft nobody should see.`),
    dek: `${word}: an unpublished draft for the reader-site tests.`,
    title: `${word} embargo on the Caspian ferry`,
  })

  await page.goto(`/search?q=${word}`)
  await expect(page.getByText(`Nothing published matches “${word}”.`)).toBeVisible()
  expect(await (await request.get('/feed.xml')).text()).not.toContain(word)
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain(draft.slug)
  const response = await page.goto(`/articles/${draft.slug}`)
  expect(response?.status()).toBe(404)
})

test('should show a hero image and offer it to link previews', async ({ editorApi, page }) => {
  const media = (await (await editorApi.request.get('/api/media?limit=1&depth=0')).json()).docs[0]
  const word = uniqueWord()
  const article = await editorApi.createArticle({
    _status: 'published',
    body: paragraph(`${word} opens with a picture.`),
    dek: `${word}: an article with a hero image.`,
    heroImage: media.id,
    title: `${word} and the picture on top`,
  })

  await page.goto(`/articles/${article.slug}`)
  await expect(page.getByRole('img', { name: media.alt })).toBeVisible()
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/api\/media\/file\//)
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
})

test('should publish a valid RSS 2.0 feed of the latest published articles, linked from every page', async ({
  page,
  request,
}) => {
  await page.goto('/')
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    /\/feed\.xml$/,
  )
  const response = await request.get('/feed.xml')
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const feed = await parseXml(page, await response.text())
  expect(feed.error).toBeNull()
  expect(feed.root).toBe('rss')
  expect(feed.version).toBe('2.0')
  const published = await publishedArticles(request)
  expect(feed.items.map((item) => item.title)).toEqual(published.slice(0, 20).map((article) => article.title))
  for (const item of feed.items) {
    expect(item.link).toMatch(/^https?:\/\/[^/]+\/articles\/[a-z0-9-]+$/)
  }
})

test('should list every published page in a valid sitemap and point robots.txt at it', async ({ page, request }) => {
  const response = await request.get('/sitemap.xml')
  expect(response.ok()).toBe(true)
  const sitemap = await parseXml(page, await response.text())
  expect(sitemap.error).toBeNull()
  expect(sitemap.root).toBe('urlset')
  const paths = sitemap.locs.map((loc) => new URL(loc).pathname)
  expect(paths).toEqual(expect.arrayContaining(['/', '/articles', '/authors', '/countries', '/indicators', '/compare']))
  const published = await publishedArticles(request)
  expect(paths).toEqual(expect.arrayContaining(published.map((article) => `/articles/${article.slug}`)))
  expect(paths).toEqual(expect.arrayContaining(['/countries/kazakhstan', '/indicators/bilateral-trade-volume']))
  expect(paths).toEqual(expect.arrayContaining(['/authors/rafis-abazov']))

  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/)
  expect(robots).toContain('Disallow: /admin')
  expect(paths).not.toContain('/search')
})

test('should show the latest analysis and sourced headline figures on the home page', async ({ page, request }) => {
  const [newest] = await publishedArticles(request)
  await page.goto('/')
  await expect(page.getByRole('link', { name: newest.title }).first()).toBeVisible()
  const glance = page.getByRole('region', { name: 'The region at a glance' })
  const kazakhstan = glance
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: /Kazakhstan\s*Astana/ }) })
  await expect(kazakhstan.getByRole('term')).toHaveCount(3)
  await expect(kazakhstan.getByRole('definition').first()).toContainText('Source:')
  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/publication-home.png' })
  await glance.screenshot({ path: 'test-results/screenshots/publication-home-glance.png' })
  await page.setViewportSize({ height: 900, width: 390 })
  await page.goto('/')
  await page.screenshot({ path: 'test-results/screenshots/publication-home-mobile.png' })
})

test('should render the article page for the screenshot set', async ({ page }) => {
  await page.goto('/articles/ascendant-axis-central-asia-kazakhstan-uzbekistan')
  await expect(page.getByRole('heading', { name: 'Notes' })).toBeVisible()
  await page.screenshot({ fullPage: true, path: 'test-results/screenshots/publication-article.png' })
})
