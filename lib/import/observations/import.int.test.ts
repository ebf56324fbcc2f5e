import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, Indicator, User } from '@/payload-types'

import { loadPublishedFigures } from '@/lib/observations/anomalySeries'
import { observationToData } from '@/lib/observations/data'
import { getReviewQueue } from '@/lib/workflow/reviewQueue'
import { createCountry, createIndicator, createUser } from '@/tests/helpers/fixtures'
import { createTestPayload } from '@/tests/helpers/payload'

import { guessMapping } from './columns'
import { importJobResults } from './job'
import { findObservationsForExport, observationsToRows, rowsToCsv, rowsToXlsx } from './export'
import { csvToTable, xlsxToTable } from './parseTable'
import { applyObservationImport, dryRunObservationImport, findObservationsBySeriesKey } from './server'
import { writeObservation } from './write'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)

const isSqlite = !/^mongodb/.test(process.env.DATABASE_URI ?? '')

let payload: Payload
let analyst: User
let editor: User
let kazakhstan: Country
let kyrgyzstan: Country
let china: Country

let capacity: Indicator

/** Everything that counts as "the database" for an import: main documents and every version row. */
const snapshot = async () => {
  const documents = await payload.db.find({ collection: 'observations', limit: 0, pagination: false, sort: 'id' })
  const versions = await payload.db.findVersions({
    collection: 'observations',
    limit: 0,
    pagination: false,
    sort: 'id',
  })
  const auditTrail = await payload.db.find({ collection: 'workflow-events', limit: 0, pagination: false, sort: 'id' })
  return { auditTrail: auditTrail.docs, documents: documents.docs, versions: versions.docs }
}

const dryRun = (csv: string) => {
  const table = csvToTable(csv)
  return dryRunObservationImport({ mapping: guessMapping(table.headers), payload, table, user: analyst })
}

beforeAll(async () => {
  payload = await createTestPayload()
  // The first account becomes an admin; the analyst is a later one.
  await createUser(payload, 'admin')
  analyst = await createUser(payload, 'analyst')
  editor = await createUser(payload, 'editor')
  kazakhstan = await createCountry(payload, { iso2: 'KZ', iso3: 'KAZ', name: 'Kazakhstan' })
  kyrgyzstan = await createCountry(payload, { iso2: 'KG', iso3: 'KGZ', name: 'Kyrgyzstan' })
  china = await createCountry(payload, { iso2: 'CN', iso3: 'CHN', name: 'China' })
  await createIndicator(payload, { kind: 'bilateral', name: 'Synthetic exports', slug: 'synthetic-exports' })
  capacity = await createIndicator(payload, { name: 'Synthetic capacity', slug: 'synthetic-capacity', unit: 'MW' })
  // Two stored observations the files below change or repeat (synthetic values).
  for (const [country, year, value] of [
    [kazakhstan, 2023, 100],
    [kyrgyzstan, 2023, 200],
  ] as const) {
    await payload.create({
      collection: 'observations',
      data: {
        _status: 'published',
        country: country.id,
        indicator: capacity.id,
        period: { kind: 'year', year },
        qualifier: 'actual',
        source: { url: 'https://stat.example.org/synthetic' },
        value,
      },
    })
  }
})

afterAll(async () => {
  await payload.destroy()
})

const MIXED_FILE = [
  'indicator;country;partner;period;value;unit;source_url;accessed',
  'synthetic-capacity;KAZ;;2023;100;MW;https://stat.example.org/synthetic;', // unchanged
  'synthetic-capacity;Kyrgyz Republic;;2023;250,5;MW;https://stat.example.org/synthetic;', // 200 → 250.5
  'synthetic-capacity;Kirghizia;;2024;1 300;;https://stat.example.org/synthetic;01.02.2025', // new
  'synthetic-exports;Казахстан;China;2024-01..2024-06;1.234.567,5;USD;https://stat.example.org/synthetic;', // new
  'synthetic-exports;KZ;CN;2024-01..2024-06;9;USD;https://stat.example.org/synthetic;', // duplicate of line 5
  'synthetic-capacity;Narnia;;2024;1;MW;https://stat.example.org/synthetic;', // unknown country
  'synthetic-capacity;KAZ;CHN;2025;1;MW;https://stat.example.org/synthetic;', // partner on a country indicator
  'synthetic-capacity;KAZ;;2025;1;GW;https://stat.example.org/synthetic;', // unit
  'synthetic-capacity;KAZ;;last year;1;MW;https://stat.example.org/synthetic;', // period
  'synthetic-capacity;KAZ;;2026;lots;MW;https://stat.example.org/synthetic;', // number
  'no-such-indicator;KAZ;;2026;1;MW;https://stat.example.org/synthetic;', // indicator
].join('\n')

describe('observation import', () => {
  it('should count new, changed, unchanged and rejected rows exactly in a dry run, writing nothing', async () => {
    const before = await snapshot()
    const { plan } = await dryRun(`\uFEFF${MIXED_FILE}`)
    expect(plan.create.map((row) => row.line)).toEqual([4, 5])
    expect(plan.update.map((row) => [row.line, row.changes])).toEqual([
      [3, [{ field: 'Value', from: '200', to: '250.5' }]],
    ])
    expect(plan.unchanged.map((row) => row.line)).toEqual([2])
    expect(plan.rejected.map((row) => [row.line, row.reasons.join(' ')])).toEqual([
      [6, 'Duplicate of row 5: same indicator, countries, period and subject.'],
      [7, expect.stringContaining('Unknown country “Narnia”')],
      [8, expect.stringContaining('is a country indicator and takes no partner')],
      [9, expect.stringContaining('measured in MW, not GW')],
      [10, expect.stringContaining('“last year” is not a period')],
      [11, '“lots” is not a number.'],
      [12, 'Unknown indicator “no-such-indicator”.'],
    ])
    expect(plan.create[1].data.value).toBe(1234567.5)
    expect(plan.create[0].data.source.accessed).toBe('2025-02-01')
    expect(await snapshot()).toEqual(before)
  })

  it('should write accepted rows as drafts submitted for review, leaving the published value live', async () => {
    const { existing, plan } = await dryRun(MIXED_FILE)
    const result = await applyObservationImport({
      existing,
      mapping: guessMapping(csvToTable(MIXED_FILE).headers),
      payload,
      plan,
      user: analyst,
    })
    expect(result).toEqual({ created: 2, submission: expect.stringMatching(/^import-/), updated: 1 })
    const created = await payload.find({
      collection: 'observations',
      draft: true,
      where: { seriesKey: { in: plan.create.map((row) => row.seriesKey) } },
    })
    expect(created.docs.map((doc) => [doc._status, doc.value]).sort()).toEqual([
      ['draft', 1234567.5],
      ['draft', 1300],
    ])
    const changed = plan.update[0]
    const live = await payload.findByID({ collection: 'observations', id: changed.id })
    const draft = await payload.findByID({ collection: 'observations', draft: true, id: changed.id })
    expect([live.value, draft.value]).toEqual([200, 250.5])
    const importedIds = [...created.docs.map((doc) => doc.id), changed.id]
    for (const id of importedIds) {
      const doc = await payload.findByID({ collection: 'observations', depth: 0, draft: true, id })
      expect([doc.workflowStatus, doc.submittedBy]).toEqual(['in_review', analyst.id])
    }
    const queue = await getReviewQueue({ collection: 'observations', payload, user: editor })
    expect(queue.map((item) => item.id).sort()).toEqual([...importedIds].sort())
    expect(queue.every((item) => item.submittedBy === analyst.name)).toBe(true)
    const { docs: auditTrail } = await payload.find({
      collection: 'workflow-events',
      // Rows the test's own fixtures wrote (through server code, "local") are not the import's.
      where: {
        documentCollection: { equals: 'observations' },
        documentId: { in: importedIds.map(String) },
        via: { not_equals: 'local' },
      },
    })
    expect(auditTrail.map((event) => [event.action, event.toStatus, idOf(event.actor)])).toEqual(
      importedIds.map(() => ['submit', 'in_review', analyst.id]),
    )
    const again = await dryRun(MIXED_FILE)
    expect([again.plan.create.length, again.plan.update.length, again.plan.unchanged.length]).toEqual([0, 0, 4])
  })

  it('should leave the database exactly as before when a write fails midway', async () => {
    const csv = [
      'indicator,country,period,value,source url',
      'synthetic-capacity,KAZ,2023,111,https://stat.example.org/synthetic', // changes a published value
      'synthetic-capacity,KGZ,2024,1400,https://stat.example.org/synthetic', // changes an imported draft
      ...Array.from(
        { length: 8 },
        (_, index) => `synthetic-capacity,CHN,${2000 + index},${index},https://stat.example.org/synthetic`,
      ),
    ].join('\n')
    const { existing, plan } = await dryRun(csv)
    expect([plan.create.length, plan.update.length]).toEqual([8, 2])
    const before = await snapshot()
    let writes = 0
    const failingWrite: typeof writeObservation = async (args) => {
      if (++writes === 10) {
        throw new Error('injected failure')
      }
      return writeObservation(args)
    }
    await expect(
      applyObservationImport({
        existing,
        mapping: guessMapping(csvToTable(csv).headers),
        payload,
        plan,
        user: analyst,
        write: failingWrite,
      }),
    ).rejects.toThrow('injected failure')
    expect(await snapshot()).toEqual(before)
  })

  it('should undo everything when the database rejects a row that passed the dry run', async () => {
    const csv = [
      'indicator,country,period,value,source url',
      'synthetic-capacity,CHN,2010,1,https://stat.example.org/synthetic',
      'synthetic-capacity,CHN,2011,2,https://stat.example.org/synthetic',
      'synthetic-capacity,CHN,2012,3,https://stat.example.org/synthetic',
    ].join('\n')
    const { existing, plan } = await dryRun(csv)
    // Someone records the 2012 value between the dry run and the apply.
    await payload.create({
      collection: 'observations',
      data: {
        country: china.id,
        indicator: capacity.id,
        period: { kind: 'year', year: 2012 },
        qualifier: 'actual',
        source: { url: 'https://stat.example.org/synthetic' },
        value: 3,
      },
      draft: true,
    })
    const before = await snapshot()
    await expect(
      applyObservationImport({
        existing,
        mapping: guessMapping(csvToTable(csv).headers),
        payload,
        plan,
        user: analyst,
      }),
    ).rejects.toThrow()
    expect(await snapshot()).toEqual(before)
  })

  // The bulk path exists on SQLite only; elsewhere every row goes through the Local API.
  it.runIf(isSqlite)('should store the same observation through the bulk path as through the Local API', async () => {
    const csv = [
      'indicator,country,partner,subject,period,period label,value,value max,unit,qualifier,qualifier note,source url,footnote,accessed,publisher,note',
      'synthetic-exports,KAZ,CHN,Synthetic plant,2024-03..2024-05,Spring,1.5,2.5,USD,estimate,about,https://stat.example.org/a,3,2025-01-02,Synthetic office,Made up',
      'synthetic-capacity,KGZ,,,2019,,7,,MW,,,https://stat.example.org/b,,,,',
      'synthetic-capacity,KGZ,,,,,8,,MW,target,,https://stat.example.org/c,,,,',
    ].join('\n')
    const table = csvToTable(csv)
    const mapping = guessMapping(table.headers)
    const viaLocalApi = await dryRunObservationImport({ mapping, payload, table, user: analyst })
    await applyObservationImport({ ...viaLocalApi, mapping, payload, useBulkInsert: false, user: analyst })
    const stored = async () => {
      const { docs } = await payload.find({
        collection: 'observations',
        draft: true,
        sort: 'seriesKey',
        where: { seriesKey: { in: viaLocalApi.plan.create.map((row) => row.seriesKey) } },
      })
      return docs.map(({ createdAt: _c, id: _i, submission, submittedAt, updatedAt: _u, ...doc }) => ({
        ...doc,
        submission: typeof submission,
        submittedAt: typeof submittedAt,
      }))
    }
    const expected = await stored()
    expect(expected).toHaveLength(3)
    await payload.delete({
      collection: 'observations',
      where: { seriesKey: { in: viaLocalApi.plan.create.map((row) => row.seriesKey) } },
    })
    const viaBulk = await dryRunObservationImport({ mapping, payload, table, user: analyst })
    expect(viaBulk.plan.create).toHaveLength(3)
    await applyObservationImport({ ...viaBulk, mapping, payload, useBulkInsert: true, user: analyst })
    expect(await stored()).toEqual(expected)
    const submissions = await payload.count({
      collection: 'workflow-events',
      where: { and: [{ action: { equals: 'submit' } }, { documentTitle: { in: expected.map((doc) => doc.title) } }] },
    })
    expect(submissions.totalDocs).toBe(6)
  })

  it('should refuse in the dry run the rows the observation hook refuses: a year out of range, an over-long text', async () => {
    const csv = [
      'indicator,country,subject,period,value,source url',
      'synthetic-capacity,KAZ,,1850,1,https://stat.example.org/synthetic',
      'synthetic-capacity,KAZ,,2101,1,https://stat.example.org/synthetic',
      `synthetic-capacity,KAZ,${'x'.repeat(201)},2020,1,https://stat.example.org/synthetic`,
    ].join('\n')
    const { plan } = await dryRun(csv)
    expect(plan.rejected.map((row) => [row.line, row.reasons.join(' ')])).toEqual([
      [2, expect.stringContaining('between 1900 and 2100')],
      [3, expect.stringContaining('between 1900 and 2100')],
      [4, expect.stringContaining('Subject is longer than 200 characters')],
    ])
    expect(plan.create).toEqual([])
  })

  // The bulk path exists on SQLite only; elsewhere every row goes through the Local API.
  it.runIf(isSqlite)('should write the same audit rows through the bulk path as through the Local API', async () => {
    const csv = [
      'indicator,country,period,value,source url',
      'synthetic-capacity,KAZ,1990,1,https://stat.example.org/audit',
      'synthetic-capacity,KGZ,1990,2,https://stat.example.org/audit',
    ].join('\n')
    const table = csvToTable(csv)
    const mapping = guessMapping(table.headers)
    const auditRows = async (titles: string[]) => {
      const { docs } = await payload.find({
        collection: 'workflow-events',
        depth: 0,
        pagination: false,
        sort: 'documentTitle',
        where: { documentTitle: { in: titles } },
      })
      return docs.map(({ createdAt: _c, documentId: _d, id: _i, updatedAt: _u, ...row }) => row)
    }
    const viaLocalApi = await dryRunObservationImport({ mapping, payload, table, user: analyst })
    const titles = viaLocalApi.plan.create.map((row) => row.title)
    await applyObservationImport({ ...viaLocalApi, mapping, payload, useBulkInsert: false, user: analyst })
    const expected = await auditRows(titles)
    expect(expected).toHaveLength(2)
    await payload.delete({ collection: 'observations', where: { title: { in: titles } } })
    await payload.db.deleteMany({ collection: 'workflow-events', where: { documentTitle: { in: titles } } })
    const viaBulk = await dryRunObservationImport({ mapping, payload, table, user: analyst })
    await applyObservationImport({ ...viaBulk, mapping, payload, useBulkInsert: true, user: analyst })
    expect(await auditRows(titles)).toEqual(expected)
  })

  it.runIf(isSqlite)(
    'should undo earlier bulk chunks when a later chunk hits a duplicate created since the dry run',
    async () => {
      const lines = ['indicator,country,period,value,source url']
      for (let year = 1901; year <= 2100; year++) {
        for (const country of ['KAZ', 'KGZ', 'CHN']) {
          lines.push(`synthetic-capacity,${country},${year},${year},https://stat.example.org/synthetic`)
        }
      }
      const table = csvToTable(lines.join('\n'))
      const mapping = guessMapping(table.headers)
      const { existing, plan } = await dryRunObservationImport({ mapping, payload, table, user: analyst })
      expect(plan.create.length).toBeGreaterThan(500)
      await payload.create({
        collection: 'observations',
        data: {
          country: china.id,
          indicator: capacity.id,
          period: { kind: 'year', year: 2090 },
          qualifier: 'actual',
          source: { url: 'https://stat.example.org/synthetic' },
          value: 1,
        },
        draft: true,
      })
      const before = await snapshot()
      const progress: number[] = []
      await expect(
        applyObservationImport({
          existing,
          mapping,
          onProgress: ({ done }) => progress.push(done),
          payload,
          plan,
          useBulkInsert: true,
          user: analyst,
        }),
      ).rejects.toThrow()
      expect(progress.length).toBeGreaterThan(0)
      expect(await snapshot()).toEqual(before)
    },
  )

  it('should re-import its own CSV and XLSX exports with zero changes', async () => {
    const { reference, rows } = await findObservationsForExport({ filter: {}, payload, user: analyst })
    expect(rows.length).toBeGreaterThan(3)
    const table = observationsToRows(rows, reference)
    for (const parsed of [csvToTable(rowsToCsv(table)), await xlsxToTable(await rowsToXlsx(table))]) {
      const { plan } = await dryRunObservationImport({
        mapping: guessMapping(parsed.headers),
        payload,
        table: parsed,
        user: analyst,
      })
      expect(plan.rejected).toEqual([])
      expect([plan.create.length, plan.update.length, plan.unchanged.length]).toEqual([0, 0, rows.length])
    }
  })

  it("should compare rows with each figure's newest draft, every field as Payload reads it", async () => {
    const exports = await payload.find({ collection: 'indicators', where: { slug: { equals: 'synthetic-exports' } } })
    const detailed = await payload.create({
      collection: 'observations',
      data: {
        _status: 'published',
        country: kazakhstan.id,
        indicator: exports.docs[0].id,
        note: 'Synthetic note',
        partner: china.id,
        period: { end: '2022-06-30', kind: 'dates', start: '2022-01-01' },
        qualifier: 'estimate',
        qualifierNote: 'Synthetic estimate',
        source: { accessed: '2025-03-04', publisher: 'Synthetic office', url: 'https://stat.example.org/detail' },
        subject: 'Synthetic goods',
        unit: 'USD',
        value: 10,
        valueMax: 12,
      },
    })
    await payload.update({ collection: 'observations', data: { value: 11 }, draft: true, id: detailed.id })
    const drafts = await payload.find({
      collection: 'observations',
      depth: 0,
      draft: true,
      limit: 0,
      pagination: false,
    })
    const expected = new Map(drafts.docs.map((doc) => [doc.seriesKey!, { data: observationToData(doc), id: doc.id }]))
    const found = await findObservationsBySeriesKey({ payload, seriesKeys: [...expected.keys()], user: analyst })
    expect(new Map([...found].sort())).toEqual(new Map([...expected].sort()))
    expect(found.get(detailed.seriesKey!)?.data).toMatchObject({ partner: china.id, value: 11, valueMax: 12 })
  })

  it('should score against the same published series however they are read', async () => {
    const indicators = await payload.find({ collection: 'indicators', pagination: false })
    const wanted = {
      countries: [kazakhstan.id, kyrgyzstan.id, china.id],
      indicators: indicators.docs.map((doc) => doc.id),
      payload,
    }
    const sorted = (series: Awaited<ReturnType<typeof loadPublishedFigures>>) =>
      [...series].sort().map(([identity, figures]) => [identity, [...figures].sort((a, b) => (a.id < b.id ? -1 : 1))])
    const direct = await loadPublishedFigures(wanted)
    const throughTheAdapter = await loadPublishedFigures({ ...wanted, req: await createLocalReq({}, payload) })
    expect(direct.size).toBeGreaterThan(1)
    expect(sorted(direct)).toEqual(sorted(throughTheAdapter))
  })

  it('should export only the filtered indicator, country and years', async () => {
    const { rows } = await findObservationsForExport({
      filter: { country: 'KAZ', from: '2023', indicator: 'synthetic-capacity', to: '2024' },
      payload,
      user: analyst,
    })
    expect(rows.map((row) => [row.country, row.period.year, row.value])).toEqual([[kazakhstan.id, 2023, 100]])
  })

  it('should run an import as a Payload job as the analyst who queued it, and refuse one whose dry run went stale', async () => {
    const csv = [
      'indicator,country,period,value,source url',
      'synthetic-capacity,KGZ,2031,31,https://stat.example.org/synthetic',
    ].join('\n')
    const input = {
      expectedCreate: 1,
      expectedUpdate: 0,
      fileBase64: Buffer.from(csv).toString('base64'),
      fileName: 'job.csv',
      mapping: guessMapping(csvToTable(csv).headers),
      userId: String(analyst.id),
    }
    const stale = await payload.jobs.queue({ input: { ...input, expectedCreate: 5 }, task: 'importObservations' })
    await payload.jobs.runByID({ id: stale.id })
    expect((await payload.findByID({ collection: 'payload-jobs', id: stale.id })).hasError).toBe(true)
    const job = await payload.jobs.queue({ input, task: 'importObservations' })
    await payload.jobs.runByID({ id: job.id })
    expect(importJobResults.get(String(job.id))).toEqual({
      created: 1,
      rejected: 0,
      submission: expect.stringMatching(/^import-/),
      updated: 0,
    })
    const { docs } = await payload.find({ collection: 'observations', draft: true, where: { value: { equals: 31 } } })
    expect(docs.map((doc) => doc._status)).toEqual(['draft'])
  })
})
