/**
 * Benchmark of the observation import on SYNTHETIC data in a database of its own
 * (data/bench-import.db, recreated on every run): generates a CSV of BENCH_ROWS (default 50,000)
 * made-up observations for made-up countries and indicators, then times the dry run and the apply;
 * then publishes them all and times the dry run of a second sheet (every 1,000th value slipped by
 * ×1,000) scored against that published series (issue #16: planning with anomaly scores).
 * Run with `npm run bench:import`.
 */
import fs from 'node:fs'
import path from 'node:path'

const file = path.resolve('data/bench-import.db')
for (const extension of ['', '-wal', '-shm', '-journal']) {
  fs.rmSync(`${file}${extension}`, { force: true })
}
process.env.DATABASE_URI = `file:${file}`
process.env.MEDIA_DIR = `${file}-media`

const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { csvToTable } = await import('@/lib/import/observations/parseTable')
const { guessMapping } = await import('@/lib/import/observations/columns')
const { applyObservationImport, dryRunObservationImport } = await import('@/lib/import/observations/server')

const rowCount = Number(process.env.BENCH_ROWS || 50_000)
const payload = await getPayload({ config })
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1)

try {
  const user = await payload.create({
    collection: 'users',
    data: {
      email: 'bench-analyst@synthetic.example',
      name: 'Synthetic analyst',
      password: 'synthetic-password',
      role: 'analyst',
    },
  })
  const countryCodes = ['QAA', 'QAB', 'QAC', 'QAD', 'QAE']
  for (const iso3 of countryCodes) {
    await payload.create({
      collection: 'countries',
      data: { _status: 'published', iso3, kind: 'state', name: `Synthetic ${iso3}`, region: 'other' },
    })
  }
  const indicatorCount = Math.ceil(rowCount / (countryCodes.length * 200))
  for (let index = 0; index < indicatorCount; index++) {
    await payload.create({
      collection: 'indicators',
      data: {
        _status: 'published',
        category: 'trade',
        decimals: 0,
        description: 'Synthetic benchmark indicator',
        kind: 'country',
        name: `Synthetic indicator ${index}`,
        scale: '1',
        slug: `synthetic-${index}`,
        unit: 'USD',
      },
    })
  }
  const lines = ['indicator,country,period,value,unit,source_url,accessed']
  for (let row = 0; lines.length <= rowCount; row++) {
    const year = 1900 + (row % 200)
    const country = countryCodes[Math.floor(row / 200) % countryCodes.length]
    const indicator = Math.floor(row / (200 * countryCodes.length))
    lines.push(
      `synthetic-${indicator},${country},${year},${(row * 37) % 100_000},USD,https://synthetic.example/${row},2025-01-01`,
    )
  }
  const csv = lines.join('\n')

  let started = performance.now()
  const table = csvToTable(csv)
  const mapping = guessMapping(table.headers)
  const { existing, plan } = await dryRunObservationImport({ mapping, payload, table, user })
  const dryRunSeconds = seconds(started)

  started = performance.now()
  let lastReport = 0
  const result = await applyObservationImport({
    existing,
    mapping,
    onProgress: ({ done, total }) => {
      if (done - lastReport >= 5_000 || done === total) {
        lastReport = done
        process.stdout.write(`  applied ${done}/${total} after ${seconds(started)} s\n`)
      }
    },
    payload,
    plan,
    user,
  })
  const applySeconds = seconds(started)
  const stored = await payload.count({ collection: 'observations', overrideAccess: true })
  process.stdout.write(
    `SYNTHETIC benchmark, ${table.rows.length} rows: dry run ${dryRunSeconds} s, apply ${applySeconds} s ` +
      `(${result.created} created, ${stored.totalDocs} stored, ${plan.rejected.length} rejected)\n`,
  )

  // Every figure published at once, below the workflow: the scores need a published series to read.
  const adapter = payload.db as unknown as {
    drizzle: { update: (table: unknown) => { set: (values: Record<string, unknown>) => Promise<unknown> } }
    tables: Record<string, unknown>
  }
  await adapter.drizzle.update(adapter.tables.observations).set({ _status: 'published' })
  const revised = csv
    .split('\n')
    .map((line, index) => {
      if (index === 0) {
        return line
      }
      const cells = line.split(',')
      const value = Number(cells[3])
      cells[3] = String(index % 1_000 === 0 ? (value + 1) * 1_000 : value + 1)
      return cells.join(',')
    })
    .join('\n')
  started = performance.now()
  const revisedTable = csvToTable(revised)
  const scored = await dryRunObservationImport({ mapping, payload, table: revisedTable, user })
  const scoredSeconds = seconds(started)
  const flagged = [...scored.plan.create, ...scored.plan.update].filter((row) => row.anomaly?.isFlagged).length
  process.stdout.write(
    `SYNTHETIC benchmark, ${revisedTable.rows.length} changed rows scored against ${stored.totalDocs} published ` +
      `figures: dry run with anomaly scores ${scoredSeconds} s (${scored.plan.update.length} changes, ${flagged} flagged)\n`,
  )
} finally {
  await payload.destroy()
}
