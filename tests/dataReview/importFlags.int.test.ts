import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Indicator, Observation, User } from '@/payload-types'

import { guessMapping } from '@/lib/import/observations/columns'
import { csvToTable } from '@/lib/import/observations/parseTable'
import { applyObservationImport, dryRunObservationImport } from '@/lib/import/observations/server'
import { createCountry, createIndicator, createUser } from '@/tests/helpers/fixtures'
import { createTestPayload } from '@/tests/helpers/payload'

/**
 * The spreadsheet import scores its rows (issue #16, part 1): the dry run shows the flags, and both
 * writers (Local API and bulk SQLite insert) store them with one submission id for the batch.
 */
let payload: Payload
let analyst: User
let indicator: Indicator
let iso3: string

const isSqlite = !/^mongodb/.test(process.env.DATABASE_URI ?? '')

const sheet = (rows: [number, number][]) =>
  [
    'indicator,country,period,value,source_url',
    ...rows.map(([year, value]) => `${indicator.slug},${iso3},${year},${value},https://stat.example.org/x`),
  ].join('\n')

const plan = (csv: string) => {
  const table = csvToTable(csv)
  return dryRunObservationImport({ mapping: guessMapping(table.headers), payload, table, user: analyst })
}

beforeAll(async () => {
  payload = await createTestPayload()
  await createUser(payload, 'admin')
  analyst = await createUser(payload, 'analyst')
  const country = await createCountry(payload)
  iso3 = country.iso3!
  indicator = await createIndicator(payload, { slug: 'flag-test', unit: 'USD' })
  for (const [year, value] of [
    [2019, 100],
    [2020, 110],
  ]) {
    await payload.create({
      collection: 'observations',
      data: {
        _status: 'published',
        country: country.id,
        indicator: indicator.id,
        period: { kind: 'year', year },
        qualifier: 'actual',
        source: { url: 'https://stat.example.org/x' },
        value,
      },
    })
  }
})

afterAll(async () => {
  await payload.destroy()
})

describe('import dry run with anomaly scores', () => {
  it('should flag the row a thousand times its published neighbours and no other', async () => {
    const { plan: result } = await plan(
      sheet([
        [2021, 115],
        [2022, 120_000],
      ]),
    )
    const flagged = result.create.filter((row) => row.anomaly?.isFlagged)
    expect(flagged.map((row) => row.line)).toEqual([3])
    expect(flagged[0].anomaly?.flags.map((flag) => flag.code)).toEqual(['scaleSlip'])
  })

  it.each([false, ...(isSqlite ? [true] : [])])(
    'should store the flags and one submission id on every figure (bulk insert: %s)',
    async (useBulkInsert) => {
      const years: [number, number][] = [
        [useBulkInsert ? 2031 : 2021, 115],
        [useBulkInsert ? 2032 : 2022, 120_000],
      ]
      const csv = sheet(years)
      const table = csvToTable(csv)
      const mapping = guessMapping(table.headers)
      const { existing, plan: result } = await dryRunObservationImport({ mapping, payload, table, user: analyst })
      const applied = await applyObservationImport({
        existing,
        mapping,
        payload,
        plan: result,
        useBulkInsert,
        user: analyst,
      })
      const { docs } = (await payload.find({
        collection: 'observations',
        draft: true,
        overrideAccess: true,
        sort: 'period.year',
        where: { submission: { equals: applied.submission } },
      })) as { docs: Observation[] }
      expect(docs.map((doc) => [doc.value, doc.anomaly?.isFlagged, doc.workflowStatus])).toEqual([
        [115, false, 'in_review'],
        [120_000, true, 'in_review'],
      ])
      expect((docs[1].anomaly?.flags as { code: string }[]).map((flag) => flag.code)).toEqual(['scaleSlip'])
    },
  )
})
