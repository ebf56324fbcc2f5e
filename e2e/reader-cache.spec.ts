import type { APIRequestContext } from '@playwright/test'

import type { TestCountry } from './fixtures'

import { expect, test as base, uniqueSuffix } from './fixtures'
import { changePublished, createPublished } from './helpers/workflow'

/**
 * `editor` and `admin` (e2e/fixtures.ts) are API clients signed in as the demo editor and admin,
 * separate from the anonymous `request` a reader uses; `country` is a fresh published country (own
 * slug, so no earlier test cached its page), deleted afterwards.
 */
const test = base.extend<{ country: TestCountry }>({
  country: async ({ countries }, provide) => {
    await provide(await countries.create({ name: 'Cache Test Republic' }))
  },
})

/**
 * Requests the page until the shared page cache in front of Next.js (`server/index.mjs`) answers it, so
 * the next request is answered from there without reaching Next.js.
 */
const primeCache = async (request: APIRequestContext, path: string) => {
  await expect
    .poll(async () => (await request.get(path)).headers()['x-crossroads-cache'], { timeout: 10_000 })
    .toBe('HIT')
}

test('should answer a repeated request for a country profile from the page caches', async ({ country, request }) => {
  const first = await request.get(country.path)
  expect(first.status()).toBe(200)
  expect(first.headers()['x-crossroads-cache']).not.toBe('HIT')
  // Publishing the fixture's country purged the cache, which stores nothing for a few seconds after.
  await primeCache(request, country.path)
  const second = await request.get(country.path)
  expect(second.headers()['x-crossroads-cache']).toBe('HIT')
  expect(await second.text()).toContain(country.name)
  // Behind the shared cache, Next.js's page cache holds the page too; a HEAD request always reaches it.
  expect((await request.head(country.path)).headers()['x-nextjs-cache']).toBe('HIT')
})

test('should never answer a page rendered per request, or the admin, from the shared page cache', async ({
  editor,
  request,
}) => {
  for (const path of [
    '/compare?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume',
    '/search?q=gas',
    '/',
  ]) {
    await request.get(path)
    expect((await request.get(path)).headers()['x-crossroads-cache'], path).toBe('PASS')
  }
  await editor.get('/admin')
  expect((await editor.get('/admin')).headers()['x-crossroads-cache']).toBe('PASS')
  expect((await editor.get('/api/users/me')).headers()['x-crossroads-cache']).toBe('PASS')
})

test('should show a change an editor publishes within seconds', async ({ admin, country, editor, request }) => {
  await primeCache(request, country.path)
  const renamed = `${country.name} renamed`
  await changePublished({
    author: editor,
    collection: 'countries',
    data: { name: renamed },
    id: country.id,
    publisher: admin,
  })
  await expect.poll(async () => (await request.get(country.path)).text(), { timeout: 5_000 }).toContain(renamed)
})

test('should show a publication the jobs queue makes at its scheduled time within seconds', async ({
  admin,
  country,
  editor,
  request,
}) => {
  await primeCache(request, country.path)
  const renamed = `${country.name} scheduled`
  const draft = await editor.patch(`/api/countries/${country.id}?draft=true`, { data: { name: renamed } })
  expect(draft.ok(), await draft.text()).toBe(true)
  const submitted = await editor.post(`/api/countries/${country.id}/workflow/submit`, { data: {} })
  expect(submitted.ok(), await submitted.text()).toBe(true)
  const publishAt = new Date(Date.now() + 3_000).toISOString()
  const approved = await admin.post(`/api/countries/${country.id}/workflow/approve`, { data: { publishAt } })
  expect(approved.ok(), await approved.text()).toBe(true)
  expect(await (await request.get(country.path)).text()).not.toContain(renamed)
  // The server runs the queue every two seconds in this test run (JOBS_AUTORUN_CRON).
  await expect
    .poll(async () => (await request.get(country.path)).text(), { intervals: [500], timeout: 15_000 })
    .toContain(renamed)
})

test('should refuse a revalidation request that does not come from the server itself', async ({ request }) => {
  const withoutToken = await request.post('/api/internal/revalidate')
  expect(withoutToken.status()).toBe(404)
  const withWrongToken = await request.post('/api/internal/revalidate', {
    headers: { 'x-crossroads-revalidation': 'a'.repeat(64) },
  })
  expect(withWrongToken.status()).toBe(404)
  expect((await request.post('/api/internal/revalidate?keep-page-cache')).status()).toBe(404)
})

test('should keep serving the cached published page when a draft is saved', async ({ country, editor, request }) => {
  await primeCache(request, country.path)
  const draftName = `${country.name} draft`
  const response = await editor.patch(`/api/countries/${country.id}?draft=true`, { data: { name: draftName } })
  expect(response.ok(), await response.text()).toBe(true)
  const page = await request.get(country.path)
  expect(page.headers()['x-crossroads-cache']).toBe('HIT')
  const html = await page.text()
  expect(html).toContain(country.name)
  expect(html).not.toContain(draftName)
})

test('should serve an author page from the page cache and show a published change within seconds', async ({
  admin,
  editor,
  request,
  track,
}) => {
  const name = `Cache Test Author ${uniqueSuffix(test.info())}`
  const doc = await createPublished({ author: editor, collection: 'authors', data: { name }, publisher: admin })
  track('authors', doc.id)
  const path = `/authors/${doc.slug}`
  await primeCache(request, path)
  expect(await (await request.get(path)).text()).toContain(name)
  const renamed = `${name} renamed`
  await changePublished({
    author: editor,
    collection: 'authors',
    data: { name: renamed },
    id: doc.id,
    publisher: admin,
  })
  await expect.poll(async () => (await request.get(path)).text(), { timeout: 5_000 }).toContain(renamed)
})
