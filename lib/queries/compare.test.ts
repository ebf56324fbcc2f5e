import { createRequire } from 'node:module'
import path from 'node:path'
import * as React from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { getComparison } from '@/lib/queries/compare'
import { parseCompareSelection } from '@/lib/series/compareQuery'

const { find } = vi.hoisted(() => ({ find: vi.fn() }))

vi.mock('@/lib/payload', () => ({ getPayloadClient: async () => ({ db: { name: 'test' }, find }) }))

// Server components get React's server build, where `cache()` memoises within a request; the
// client build this test would otherwise load never memoises.
vi.mock('react', () => {
  const require = createRequire(import.meta.url)
  const server = require(path.join(path.dirname(require.resolve('react/package.json')), 'react.react-server.js'))
  return { ...server, default: server }
})

type CacheDispatcher = { getCacheForType: <T>(create: () => T) => T }
const internals = (
  React as unknown as { __SERVER_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE: { A: CacheDispatcher | null } }
).__SERVER_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE

/** One server request, with a cache scope of its own as React's renderer opens one per request. */
const inRequest = async <T>(run: () => Promise<T>): Promise<T> => {
  const caches = new Map<unknown, unknown>()
  internals.A = {
    getCacheForType: <C>(create: () => C): C => {
      if (!caches.has(create)) {
        caches.set(create, create())
      }
      return caches.get(create) as C
    },
  }
  try {
    return await run()
  } finally {
    internals.A = null
  }
}

const DOCS: Record<string, unknown[]> = {
  countries: [
    { id: 1, name: 'Kazakhstan', region: 'central-asia', slug: 'kazakhstan' },
    { id: 2, name: 'Uzbekistan', region: 'central-asia', slug: 'uzbekistan' },
  ],
  indicators: [{ id: 10, kind: 'bilateral', name: 'Bilateral trade turnover', slug: 'trade', unit: 'USD' }],
  observations: [
    {
      country: 1,
      id: 100,
      indicator: 10,
      partner: 2,
      period: { kind: 'year', year: 2024 },
      qualifier: 'actual',
      source: { url: 'https://stat.example.org/t' },
      unit: 'USD',
      value: 5,
    },
  ],
}

const readsOf = (collection: string) =>
  find.mock.calls.filter(([options]) => (options as { collection: string }).collection === collection).length

beforeEach(() => {
  find.mockReset()
  find.mockImplementation(async ({ collection }: { collection: string }) => ({ docs: DOCS[collection] ?? [] }))
})

describe('getComparison', () => {
  it('should read the figures once per request, however many parts of the page ask for them', async () => {
    await inRequest(async () => {
      // The metadata and the page each parse the address into a selection object of their own.
      const address = { countries: 'kazakhstan,uzbekistan', indicators: 'trade' }
      const forMetadata = await getComparison(parseCompareSelection(address))
      const forPage = await getComparison(parseCompareSelection(address))
      // A plain form's repeated fields name the same comparison.
      const repeated = await getComparison(
        parseCompareSelection(new URLSearchParams('countries=kazakhstan&countries=uzbekistan&indicators=trade')),
      )
      expect(forPage).toBe(forMetadata)
      expect(repeated).toBe(forMetadata)
      expect(forPage.figures).toHaveLength(1)
    })
    expect(readsOf('observations')).toBe(1)
    expect(readsOf('countries')).toBe(1)
  })

  it('should read again for another comparison and in the next request', async () => {
    await inRequest(async () => {
      await getComparison({ countries: ['kazakhstan', 'uzbekistan'], indicators: ['trade'] })
      await getComparison({ countries: ['uzbekistan', 'kazakhstan'], indicators: ['trade'] })
    })
    await inRequest(() => getComparison({ countries: ['kazakhstan', 'uzbekistan'], indicators: ['trade'] }))
    expect(readsOf('observations')).toBe(3)
  })
})
