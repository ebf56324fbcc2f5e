import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, Indicator } from '@/payload-types'

import { createCountry, createIndicator } from '@/tests/helpers/fixtures'
import { createTestPayload } from '@/tests/helpers/payload'
import { validationMessages } from '@/tests/helpers/validation'

let payload: Payload
let kazakhstan: Country
let uzbekistan: Country
let trade: Indicator
let capacity: Indicator

const source = { accessed: '2025-10-15T00:00:00.000Z', url: 'https://stat.example.org/trade' }

beforeAll(async () => {
  payload = await createTestPayload()
  kazakhstan = await createCountry(payload, { name: 'Kazakhstan' })
  uzbekistan = await createCountry(payload, { name: 'Uzbekistan' })
  trade = await createIndicator(payload, { kind: 'bilateral', name: 'Bilateral trade turnover', otherUnits: ['EUR'] })
  capacity = await createIndicator(payload, { name: 'Power plant capacity', unit: 'MW' })
})

afterAll(async () => {
  await payload.destroy()
})

describe('observations', () => {
  it('should store a bilateral observation with the indicator unit, a period text and a readable title', async () => {
    const observation = await payload.create({
      collection: 'observations',
      data: {
        country: kazakhstan.id,
        indicator: trade.id,
        qualifier: 'actual' as const,
        partner: uzbekistan.id,
        period: { end: '2025-08-31', kind: 'dates', start: '2025-01-01' },
        source,
        value: 3_000_000_000,
      },
    })
    expect(observation.unit).toBe('USD')
    expect(observation.periodText).toBe('Jan–Aug 2025')
    expect(observation.title).toBe('Bilateral trade turnover: Kazakhstan × Uzbekistan, Jan–Aug 2025')
  })

  it('should reject a second value for the same indicator, countries and period, naming the existing one', async () => {
    const data = {
      country: kazakhstan.id,
      indicator: trade.id,
      qualifier: 'actual' as const,
      partner: uzbekistan.id,
      period: { kind: 'year' as const, year: 2024 },
      source,
      value: 4_000_000_000,
    }
    const first = await payload.create({ collection: 'observations', data })
    expect(
      await validationMessages(payload.create({ collection: 'observations', data: { ...data, value: 5 } })),
    ).toMatch(new RegExp(`Kazakhstan × Uzbekistan, 2024 is already recorded \\(value 4000000000, id ${first.id}\\)`))
    const { totalDocs } = await payload.count({
      collection: 'observations',
      where: { and: [{ indicator: { equals: trade.id } }, { 'period.year': { equals: 2024 } }] },
    })
    expect(totalDocs).toBe(1)
  })

  it('should treat the same month written as a span of its days as a duplicate', async () => {
    const base = {
      country: kazakhstan.id,
      indicator: trade.id,
      qualifier: 'actual' as const,
      partner: uzbekistan.id,
      source,
      value: 1,
    }
    await payload.create({
      collection: 'observations',
      data: { ...base, period: { end: '2023-12-31', kind: 'dates', start: '2023-12-01' } },
    })
    expect(
      await validationMessages(
        payload.create({
          collection: 'observations',
          data: {
            ...base,
            period: { end: '2023-12-31T00:00:00.000Z', kind: 'dates', start: '2023-12-01T00:00:00.000Z' },
          },
        }),
      ),
    ).toMatch(/already recorded/)
  })

  it('should allow two undated values that describe different named projects', async () => {
    const base = {
      country: kazakhstan.id,
      indicator: capacity.id,
      qualifier: 'actual' as const,
      period: { kind: 'undated' as const },
      source,
    }
    await payload.create({ collection: 'observations', data: { ...base, subject: 'Wind farm A', value: 1000 } })
    const second = await payload.create({
      collection: 'observations',
      data: { ...base, subject: 'Wind farm B', value: 500 },
    })
    expect(second.title).toContain('(Wind farm B), undated')
  })

  it('should reject a partner on a country-level indicator with a message saying what to do', async () => {
    expect(
      await validationMessages(
        payload.create({
          collection: 'observations',
          data: {
            country: kazakhstan.id,
            indicator: capacity.id,
            qualifier: 'actual' as const,
            partner: uzbekistan.id,
            period: { kind: 'year', year: 2025 },
            source,
            value: 62,
          },
        }),
      ),
    ).toMatch(/“Power plant capacity” is a country indicator: remove the partner/)
  })

  it('should reject a unit the indicator does not accept and accept one of its other units', async () => {
    const base = {
      country: kazakhstan.id,
      indicator: trade.id,
      qualifier: 'actual' as const,
      partner: uzbekistan.id,
      source,
    }
    expect(
      await validationMessages(
        payload.create({
          collection: 'observations',
          data: { ...base, period: { kind: 'year', year: 2020 }, unit: 'MW', value: 1 },
        }),
      ),
    ).toMatch(/measured in USD or EUR, not MW/)
    const inEuro = await payload.create({
      collection: 'observations',
      data: { ...base, period: { kind: 'year', year: 2021 }, unit: 'EUR', value: 1 },
    })
    expect(inEuro.unit).toBe('EUR')
  })

  it('should require a source and a coherent period', async () => {
    const base = { country: kazakhstan.id, indicator: capacity.id, qualifier: 'actual' as const, value: 1 }
    expect(
      await validationMessages(
        payload.create({ collection: 'observations', data: { ...base, period: { kind: 'year', year: 2019 } } }),
      ),
    ).toMatch(/Cite a source/)
    expect(
      await validationMessages(
        payload.create({
          collection: 'observations',
          data: { ...base, period: { end: '2019-01-01', kind: 'dates', start: '2019-06-01' }, source },
        }),
      ),
    ).toMatch(/ends before it starts/)
  })
})
