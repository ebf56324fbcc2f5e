import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { comparisonQueryToPath, MAX_COUNTRIES, MAX_INDICATORS } from '@/lib/series/compareQuery'
import { as } from '@/tests/helpers/actors'
import { createTestPayload } from '@/tests/helpers/payload'

let payload: Payload
let reader: User

const slugs = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => `${prefix}-${index + 1}`)

beforeAll(async () => {
  payload = await createTestPayload()
  reader = await payload.create({
    collection: 'users',
    data: {
      email: 'saved-comparisons@mail.example',
      name: 'Saving reader',
      password: 'reader-password-1',
      role: 'reader',
    },
  })
})

afterAll(async () => {
  await payload?.destroy()
})

describe('saved comparisons', () => {
  it('should save at most the countries and indicators a comparison shows, the first ones named', async () => {
    const countries = slugs(MAX_COUNTRIES + 2, 'country')
    const indicators = slugs(MAX_INDICATORS + 2, 'indicator')
    const saved = await payload.create({
      collection: 'saved-comparisons',
      data: {
        query: `/compare?countries=${countries.join(',')}&indicators=${indicators.join(',')}`,
        title: 'Too many',
      } as never,
      ...as(reader),
    })
    expect(saved.query).toBe(
      `countries=${countries.slice(0, MAX_COUNTRIES).join(',')}&indicators=${indicators.slice(0, MAX_INDICATORS).join(',')}`,
    )
  })

  it('should keep a comparison saved under the former limit of twelve: it opens as saved and can be renamed', async () => {
    const saved = await payload.create({
      collection: 'saved-comparisons',
      data: { query: 'countries=georgia', title: 'Before' } as never,
      ...as(reader),
    })
    // Written as the former rule allowed (up to twelve of each), past today's validation.
    const former = `countries=${slugs(12, 'country').join(',')}&indicators=${slugs(12, 'indicator').join(',')}`
    await payload.db.updateOne({ collection: 'saved-comparisons', data: { query: former }, id: saved.id })

    const renamed = await payload.update({
      collection: 'saved-comparisons',
      data: { title: 'Renamed' },
      id: saved.id,
      ...as(reader),
    })
    expect(renamed).toMatchObject({ query: former, title: 'Renamed' })
    expect(comparisonQueryToPath(renamed.query)).toBe(`/compare?${former}`)
  })
})
