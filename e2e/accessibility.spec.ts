import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

/** One address per page type of the reader site, with the HTTP status it should answer. */
const PAGES = [
  { name: 'home', path: '/', status: 200 },
  { name: 'countries index', path: '/countries', status: 200 },
  { name: 'country profile', path: '/countries/kazakhstan', status: 200 },
  { name: 'article list', path: '/articles', status: 200 },
  { name: 'article', path: '/articles/ascendant-axis-central-asia-kazakhstan-uzbekistan', status: 200 },
  { name: 'authors index', path: '/authors', status: 200 },
  { name: 'author', path: '/authors/rafis-abazov', status: 200 },
  { name: 'indicator index', path: '/indicators', status: 200 },
  { name: 'indicator', path: '/indicators/bilateral-trade-volume', status: 200 },
  {
    name: 'compare',
    path: '/compare?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume',
    status: 200,
  },
  { name: 'search results', path: '/search?q=corridor', status: 200 },
  { name: 'not found', path: '/no-such-page', status: 404 },
] as const

for (const { name, path, status } of PAGES) {
  test(`should have no serious or critical accessibility violations on the ${name} page`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status(), `${path} answered`).toBe(status)
    const results = await new AxeBuilder({ page }).analyze()
    const severe = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      }))
    expect(severe, JSON.stringify(severe, null, 2)).toEqual([])
  })
}
