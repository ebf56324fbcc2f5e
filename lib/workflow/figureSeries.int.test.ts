import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, Indicator, User } from '@/payload-types'

import { chartScaleFor, contextPoints, getFigureSeriesContext } from '@/lib/workflow/figureSeries'
import { submitForReview } from '@/lib/workflow/transitions'
import { actor, as } from '@/tests/helpers/actors'
import { createCountry, createIndicator, createUser } from '@/tests/helpers/fixtures'
import { createTestPayload } from '@/tests/helpers/payload'

let payload: Payload
let analyst: User
let editor: User
let reader: User
let country: Country
let partner: Country
let indicator: Indicator

type Period = { end: string; kind: 'dates'; start: string } | { kind: 'year'; year: number }

const publishFigure = (data: { country?: Country; period: Period; subject?: string; value: number }) =>
  payload.create({
    collection: 'observations',
    data: {
      _status: 'published',
      country: (data.country ?? country).id,
      indicator: indicator.id,
      period: data.period,
      qualifier: 'actual',
      source: { url: 'https://example.org/series' },
      subject: data.subject,
      value: data.value,
    },
  })

beforeAll(async () => {
  payload = await createTestPayload()
  await createUser(payload, 'admin')
  analyst = await createUser(payload, 'analyst')
  editor = await createUser(payload, 'editor')
  reader = await payload.create({
    collection: 'users',
    data: { email: 'reader@series.example', name: 'Reader', password: 'test-password-1', role: 'reader' },
  })
  country = await createCountry(payload, { name: 'Serieland' })
  partner = await createCountry(payload, { name: 'Partnerland' })
  indicator = await createIndicator(payload, { decimals: 1, name: 'Exports', scale: '1e9', unit: 'USD' })
  for (let year = 2012; year <= 2024; year++) {
    await publishFigure({ period: { kind: 'year', year }, value: 2.5e9 + (year - 2012) * 1e8 })
  }
  // Same indicator and country but another subject, or another country: never neighbours.
  await publishFigure({ period: { kind: 'year', year: 2019 }, subject: 'Wheat', value: 7 })
  await publishFigure({ country: partner, period: { kind: 'year', year: 2019 }, value: 9 })
})

afterAll(async () => {
  await payload.destroy()
})

const figureOf = async (year: number) => {
  const { docs } = await payload.find({
    collection: 'observations',
    limit: 1,
    where: {
      and: [
        { country: { equals: country.id } },
        { subject: { not_equals: 'Wheat' } },
        { 'period.year': { equals: year } },
      ],
    },
  })
  return docs[0]
}

describe('a figure in its series', () => {
  it('should mark the published and the proposed value among the nearest published periods of the same series', async () => {
    const figure = await figureOf(2018)
    await payload.update({ collection: 'observations', data: { value: 3.3e15 }, id: figure.id, ...as(analyst) })
    await submitForReview({ collection: 'observations', id: figure.id, payload, user: actor(analyst) })

    const context = await getFigureSeriesContext({ each: 3, id: figure.id, payload, user: actor(editor) })

    expect(context?.seriesName).toBe('Exports')
    expect(context?.neighbours.map((point) => point.periodLabel)).toEqual([
      '2015',
      '2016',
      '2017',
      '2019',
      '2020',
      '2021',
    ])
    expect(context?.old).toMatchObject({ label: '$3.1 bn', periodLabel: '2018', role: 'old', value: 3.1e9 })
    expect(context?.proposed).toMatchObject({
      label: '$3,300,000.0 bn',
      periodLabel: '2018',
      role: 'new',
      value: 3.3e15,
    })
    expect(contextPoints(context!).map((point) => `${point.periodLabel}:${point.role}`)).toEqual([
      '2015:neighbour',
      '2016:neighbour',
      '2017:neighbour',
      '2018:new',
      '2018:old',
      '2019:neighbour',
      '2020:neighbour',
      '2021:neighbour',
    ])
    expect(chartScaleFor(contextPoints(context!).map((point) => point.value)).kind).toBe('log')
  })

  it('should show a new figure without an old value, placed by its dates among yearly periods', async () => {
    const created = await payload.create({
      collection: 'observations',
      data: {
        country: country.id,
        indicator: indicator.id,
        period: { end: '2025-06-30', kind: 'dates', start: '2025-01-01' },
        qualifier: 'actual',
        source: { url: 'https://example.org/series' },
        value: 3.9e9,
      },
      draft: true,
      ...as(analyst),
    })

    const context = await getFigureSeriesContext({ each: 2, id: created.id, payload, user: actor(editor) })

    expect(context?.old).toBeNull()
    expect(context?.proposed).toMatchObject({ periodLabel: 'Jan–Jun 2025', role: 'new' })
    expect(context?.neighbours.map((point) => point.periodLabel)).toEqual(['2023', '2024'])
  })

  it('should find no neighbours for the only figure of its series', async () => {
    const { docs } = await payload.find({
      collection: 'observations',
      where: { and: [{ country: { equals: country.id } }, { subject: { equals: 'Wheat' } }] },
    })

    const context = await getFigureSeriesContext({ id: docs[0].id, payload, user: actor(editor) })

    expect(context?.neighbours).toEqual([])
    expect(context?.old).toMatchObject({ label: '$0.0 bn', value: 7 })
  })

  it('should give a reader nothing of a figure under review', async () => {
    const figure = await figureOf(2018)

    expect(await getFigureSeriesContext({ id: figure.id, payload, user: actor(reader) })).toBeNull()
  })
})

describe('the chart scale', () => {
  it('should stay linear for an ordinary series and go logarithmic for a slip by a factor of a million', () => {
    expect(chartScaleFor([2.5e9, 2.6e9, 3.1e9])).toEqual({ kind: 'linear', note: null })
    expect(chartScaleFor([2.5e9, 2.6e9, 3.1e15])).toMatchObject({
      kind: 'log',
      note: expect.stringContaining('1,200,000'),
    })
  })

  it('should stay linear with a note when a series crosses zero', () => {
    expect(chartScaleFor([-2, 5, 4e6])).toMatchObject({
      kind: 'linear',
      note: expect.stringContaining('at or below zero'),
    })
  })
})
