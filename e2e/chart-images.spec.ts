import type { APIRequestContext, Page } from '@playwright/test'

import { expect, test } from '@playwright/test'
import http from 'node:http'
import { SaxesParser } from 'saxes'

const INDICATOR = '/indicators/bilateral-trade-volume'
const COUNTRY = '/countries/kazakhstan'
const COMPARISON = '/compare?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume'
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** The text of an SVG file, read by an XML parser (which throws on markup that is not well-formed), and its size. */
const readSvg = (svg: string) => {
  const texts: string[] = []
  let size: { height: number; width: number } | null = null
  const parser = new SaxesParser({ xmlns: true })
  parser.on('text', (text) => texts.push(text))
  parser.on('opentag', (tag) => {
    size ??= { height: Number(tag.attributes.height?.value), width: Number(tag.attributes.width?.value) }
  })
  parser.write(svg).close()
  return { size: size!, text: texts.join(' ') }
}

/** Checks every chart download of a page: the SVG holds the chart's title and source, the PNG is twice its size. */
const expectChartDownloads = async (page: Page, request: APIRequestContext, path: string, minimum: number) => {
  await page.goto(path)
  const svgLinks = page.getByRole('link', { exact: true, name: 'SVG' })
  await expect(svgLinks.first()).toBeVisible()
  const svgHrefs = await svgLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
  expect(svgHrefs.length).toBeGreaterThanOrEqual(minimum)
  const titles = await page
    .getByRole('figure')
    .filter({ has: page.getByRole('link', { exact: true, name: 'SVG' }) })
    .evaluateAll((figures) => figures.map((figure) => figure.querySelector('h2, h3')!.textContent!))
  for (const [index, href] of svgHrefs.entries()) {
    await test.step(href, async () => {
      const svgResponse = await request.get(href)
      expect(svgResponse.status()).toBe(200)
      expect(svgResponse.headers()['content-disposition']).toMatch(/^attachment; filename="crossroads-.+\.svg"$/)
      const svg = readSvg(await svgResponse.text())
      expect(svg.text).toContain(titles[index])
      expect(svg.text).toMatch(/Sources?: /)
      expect(svg.text, 'the source line names where the figures come from').not.toContain('as given for each figure')
      expect(svg.text).toContain('Crossroads')

      const pngResponse = await request.get(href.replace('.svg', '.png'))
      expect(pngResponse.status()).toBe(200)
      expect(pngResponse.headers()['content-type']).toBe('image/png')
      expect(pngResponse.headers()['content-disposition']).toMatch(/^attachment; filename="crossroads-.+\.png"$/)
      const png = await pngResponse.body()
      await test.info().attach(href.split('/').pop()!.replace('.svg', '.png').split('?')[0], {
        body: png,
        contentType: 'image/png',
      })
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
      expect(png.toString('ascii', 12, 16)).toBe('IHDR')
      expect({ height: png.readUInt32BE(20), width: png.readUInt32BE(16) }).toEqual({
        height: svg.size.height * 2,
        width: svg.size.width * 2,
      })
    })
  }
}

/** A page on another origin (another port of 127.0.0.1) that frames `src`. */
const startFramingSite = async (src: string) => {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(
      `<!doctype html><title>Another site</title><h1>Another site</h1><iframe src="${src}" title="Framed" width="900" height="700"></iframe>`,
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return { close: () => new Promise((resolve) => server.close(resolve)), url: `http://127.0.0.1:${port}/` }
}

test.describe('chart images', () => {
  test('should download every indicator chart (bars, maps, time chart) as SVG and 2× PNG', async ({
    page,
    request,
  }) => {
    await expectChartDownloads(page, request, INDICATOR, 3)
  })

  test('should download the partner bar charts of a country profile', async ({ page, request }) => {
    await expectChartDownloads(page, request, COUNTRY, 1)
  })

  test('should download the time charts of a comparison', async ({ page, request }) => {
    await expectChartDownloads(page, request, COMPARISON, 1)
  })

  test('should answer 404 with a readable message when a chart does not exist', async ({ request }) => {
    const response = await request.get(`/charts${INDICATOR}/no-such-chart.png`)
    expect(response.status()).toBe(404)
    expect(await response.text()).toContain('There is no such chart')
  })
})

test.describe('embeds', () => {
  test('should render a chart inside another site’s frame, without the site frame', async ({ baseURL, page }) => {
    await page.goto(INDICATOR)
    const embedCode = await page.getByLabel('Paste this code into your page:').first().inputValue()
    const src = /src="([^"]+)"/.exec(embedCode)![1]
    expect(src).toContain('/embed/indicators/bilateral-trade-volume/')
    const embedUrl = new URL(new URL(src).pathname + new URL(src).search, baseURL).toString()

    const embedResponse = await page.request.get(embedUrl)
    expect(embedResponse.headers()['content-security-policy']).toContain('frame-ancestors *')
    expect(embedResponse.headers()['x-frame-options']).toBeUndefined()

    const site = await startFramingSite(embedUrl)
    await page.goto(site.url)
    const frame = page.frameLocator('iframe')
    await expect(frame.getByRole('figure')).toBeVisible()
    await expect(frame.getByRole('img')).toBeVisible()
    await expect(frame.getByRole('link', { name: /Full page and data on Crossroads/ })).toBeVisible()
    await expect(frame.getByText(/Sources?: /)).toBeVisible()
    await expect(frame.getByRole('navigation')).toHaveCount(0)
    await test.info().attach('embed-in-another-site.png', { body: await page.screenshot(), contentType: 'image/png' })
    await site.close()
  })

  test('should render a comparison table alone inside another site’s frame, with the same figures', async ({
    baseURL,
    page,
  }) => {
    await page.goto(COMPARISON)
    const newestOnPage = await page
      .locator('.compare-newest table')
      .first()
      .evaluate((table) => [...table.querySelectorAll('tbody tr')].map((row) => row.textContent!.trim()))
    expect(newestOnPage.length).toBeGreaterThan(0)
    const embedBox = page.locator('details', { hasText: 'Embed this table' }).first()
    await embedBox.getByText('Embed this table').click()
    const src = /src="([^"]+)"/.exec(await embedBox.getByLabel('Paste this code into your page:').inputValue())![1]
    expect(src).toContain('/embed/compare/table-bilateral-trade-volume?')
    const embedUrl = new URL(new URL(src).pathname + new URL(src).search, baseURL).toString()
    expect((await page.request.get(embedUrl)).headers()['content-security-policy']).toContain('frame-ancestors *')

    const site = await startFramingSite(embedUrl)
    await page.goto(site.url)
    const frame = page.frameLocator('iframe')
    await expect(frame.getByRole('heading', { name: /newest figures/ })).toBeVisible()
    const newestInFrame = await frame
      .locator('table')
      .evaluate((table) => [...table.querySelectorAll('tbody tr')].map((row) => row.textContent!.trim()))
    expect(newestInFrame).toEqual(newestOnPage)
    await expect(frame.getByRole('link', { name: /Full page and data on Crossroads/ })).toBeVisible()
    await expect(frame.getByText(/Sources?: /)).toBeVisible()
    await expect(frame.getByRole('navigation')).toHaveCount(0)
    // Links inside an embed open outside the frame, not in a box on someone else's page.
    const [figureHistory] = await Promise.all([
      page.waitForEvent('popup'),
      frame.getByRole('link', { name: 'history' }).first().click(),
    ])
    expect(new URL(figureHistory.url()).pathname).toMatch(/^\/figures\//)
    await figureHistory.close()
    await test
      .info()
      .attach('table-embed-in-another-site.png', { body: await page.screenshot(), contentType: 'image/png' })
    await site.close()
  })

  test('should keep a normal page out of another site’s frame', async ({ baseURL, page }) => {
    const profile = await page.request.get(COUNTRY)
    expect(profile.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(profile.headers()['x-frame-options']).toBe('DENY')

    const site = await startFramingSite(new URL(COUNTRY, baseURL).toString())
    await page.goto(site.url)
    await expect(page.getByRole('heading', { name: 'Another site' })).toBeVisible()
    const frame = page.frameLocator('iframe')
    await expect(frame.getByRole('heading', { name: 'Kazakhstan' })).toHaveCount(0)
    await expect(frame.getByRole('navigation')).toHaveCount(0)
    await site.close()
  })
})
