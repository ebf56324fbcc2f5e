import type { CollectionSlug, Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload } from '@/tests/helpers/payload'

import facts from './data/facts.json'
import { places } from './data/places'
import { seed } from './index'

let payload: Payload

const COLLECTIONS: CollectionSlug[] = [
  'users',
  'countries',
  'organizations',
  'places',
  'indicators',
  'observations',
  'events',
  'articles',
  'authors',
  'media',
]

const countAll = async () =>
  Object.fromEntries(
    await Promise.all(
      COLLECTIONS.map(async (collection) => [collection, (await payload.count({ collection })).totalDocs] as const),
    ),
  )

beforeAll(async () => {
  payload = await createTestPayload()
})

afterAll(async () => {
  await payload.destroy()
})

describe('seed', () => {
  // Two full seed runs: about 30 s on FerretDB on an idle 2-core machine, more under load.
  it('should build the demo from the fact sheet and change nothing when run again', async () => {
    await seed({ demoAccounts: true, payload })
    const first = await countAll()
    expect(first.countries).toBe(facts.countries.length)
    expect(first.observations).toBe(facts.observations.length)
    expect(first.events).toBe(facts.events.length)
    expect(first.organizations).toBeGreaterThanOrEqual(facts.organizations.length)
    expect(first.places).toBe(places.length)
    expect(first.indicators).toBeGreaterThanOrEqual(10)
    expect(first.articles).toBeGreaterThanOrEqual(5)
    expect(first.authors).toBeGreaterThanOrEqual(4)
    expect(first.users).toBe(3)

    await seed({ demoAccounts: true, payload })
    expect(await countAll()).toEqual(first)
  }, 180_000)

  it('should publish everything it creates so readers see the demo', async () => {
    const drafts = await payload.count({ collection: 'observations', where: { _status: { not_equals: 'published' } } })
    expect(drafts.totalDocs).toBe(0)
    const visible = await payload.count({ collection: 'observations', overrideAccess: false })
    expect(visible.totalDocs).toBe(facts.observations.length)
  })

  it('should log the first publication of every seeded figure, approved by the system', async () => {
    const { docs: observations } = await payload.find({ collection: 'observations', depth: 0, pagination: false })
    const { docs: rows } = await payload.find({
      collection: 'figure-revisions',
      depth: 0,
      pagination: false,
      where: { observationId: { in: observations.map((observation) => String(observation.id)) } },
    })
    expect(rows).toHaveLength(facts.observations.length)
    expect(rows.every((row) => row.kind === 'published' && row.approverName === 'System')).toBe(true)
  })

  it('should cite the demo article and its footnote for a figure from an endnoted analysis', async () => {
    const { docs } = await payload.find({
      collection: 'observations',
      depth: 1,
      where: { title: { like: 'Bilateral trade turnover: Kazakhstan × Uzbekistan, Jan–Aug 2025' } },
    })
    expect(docs[0]).toMatchObject({ source: { footnote: 'i' }, value: 3_000_000_000 })
    expect(docs[0].source?.article).toMatchObject({ slug: 'ascendant-axis-central-asia-kazakhstan-uzbekistan' })
  })

  it('should create one demo account per role that can sign in', async () => {
    for (const role of ['admin', 'editor', 'analyst']) {
      const result = await payload.login({
        collection: 'users',
        data: { email: `${role}@crossroads.example`, password: `crossroads-${role}` },
      })
      expect(result.user?.role).toBe(role)
    }
  })
})
