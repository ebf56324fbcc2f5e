import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload } from '@/tests/helpers/payload'
import { validationMessages } from '@/tests/helpers/validation'

let payload: Payload

beforeAll(async () => {
  payload = await createTestPayload()
})

afterAll(async () => {
  await payload.destroy()
})

const summaryMentioning = (countryId: string) => ({
  content: [
    {
      content: [
        { text: 'Leaders of ', type: 'text' },
        { attrs: { countryId, label: 'Somewhere' }, type: 'countryMention' },
        { text: ' met.', type: 'text' },
      ],
      type: 'paragraph',
    },
  ],
  type: 'doc',
})

describe('events', () => {
  it('should write the date as readers see it for each precision', async () => {
    const base = { kind: 'summit' as const, title: 'Summit in Samarkand' }
    const month = await payload.create({
      collection: 'events',
      data: { ...base, date: '2025-10-01T00:00:00.000Z', datePrecision: 'month' },
    })
    expect(month.dateText).toBe('Oct 2025')
    const span = await payload.create({
      collection: 'events',
      data: {
        ...base,
        date: '2025-12-19T00:00:00.000Z',
        datePrecision: 'range',
        endDate: '2025-12-20T00:00:00.000Z',
        title: 'Summit in Tokyo',
      },
    })
    expect(span.dateText).toBe('19–20 Dec 2025')
  })

  it('should require a date unless the source gives none', async () => {
    expect(
      await validationMessages(
        payload.create({ collection: 'events', data: { datePrecision: 'day', kind: 'visit', title: 'A visit' } }),
      ),
    ).toMatch(/date: Give the date/)
    const undated = await payload.create({
      collection: 'events',
      data: { datePrecision: 'unknown', kind: 'visit', title: 'An undated visit' },
    })
    expect(undated.dateText).toBe('date not stated')
  })

  it('should refuse a summary that mentions a country that does not exist, and accept a real one', async () => {
    expect(
      await validationMessages(
        payload.create({
          collection: 'events',
          data: { datePrecision: 'unknown', kind: 'forum', summary: summaryMentioning('424242'), title: 'Forum' },
        }),
      ),
    ).toMatch(/summary: The text mentions a country that does not exist \(id 424242\)/)
    const country = await payload.create({
      collection: 'countries',
      data: { _status: 'published', iso3: 'GEO', kind: 'state', name: 'Georgia', region: 'south-caucasus' },
    })
    const event = await payload.create({
      collection: 'events',
      data: {
        datePrecision: 'unknown',
        kind: 'forum',
        summary: summaryMentioning(String(country.id)),
        title: 'Forum in Tbilisi',
      },
    })
    expect(event.summary).toMatchObject({ type: 'doc' })
  })
})
