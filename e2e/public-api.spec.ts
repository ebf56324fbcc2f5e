import { expect, test } from '@playwright/test'

import { nextCountryCode } from './helpers/countryCodes'

test('should serve published articles to anonymous readers over REST', async ({ request }) => {
  const response = await request.get('/api/articles?limit=100&depth=0')
  expect(response.ok()).toBe(true)
  const body = await response.json()
  expect(body.totalDocs).toBeGreaterThanOrEqual(5)
  expect(body.docs.every((article: { _status: string }) => article._status === 'published')).toBe(true)
})

test('should answer GraphQL queries for countries and their observations', async ({ request }) => {
  const response = await request.post('/api/graphql', {
    data: {
      query: `{
        Countries(where: { iso3: { equals: "KAZ" } }) { docs { name capital } }
        Observations(limit: 100) { totalDocs }
      }`,
    },
  })
  expect(response.ok()).toBe(true)
  const { data, errors } = await response.json()
  expect(errors).toBeUndefined()
  expect(data.Countries.docs).toEqual([{ capital: 'Astana', name: 'Kazakhstan' }])
  expect(data.Observations.totalDocs).toBeGreaterThanOrEqual(39)
})

test('should refuse writes from anonymous callers', async ({ request }) => {
  const response = await request.post('/api/countries', {
    data: { iso3: await nextCountryCode(), kind: 'state', name: 'Nowhere', region: 'other' },
  })
  expect(response.status()).toBe(403)
})
