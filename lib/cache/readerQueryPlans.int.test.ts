import type { Payload, Where } from 'payload'

import type { Client, InValue } from '@libsql/client'

import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SyntheticIds } from '@/scripts/bench/syntheticData'

import { readComparisonRowsFromSqlite } from '@/lib/queries/comparisonRead'
import { backfillFigureRevisions } from '@/lib/figureRevisions/backfill'
import { countIndicatorFiguresInSqlite } from '@/lib/queries/indicators'
import { asReader } from '@/lib/queries/reader'
import { optimizeSqlite } from '@/lib/sqliteStatistics'
import { insertSyntheticData } from '@/scripts/bench/syntheticData'
import { createTestPayload } from '@/tests/helpers/payload'

// Query plans are SQLite's: the SQLite leg runs this file; the MongoDB leg has no plans to check.
const isMongoLeg = /^mongodb/.test(process.env.DATABASE_URI ?? '')
const file = path.resolve(`data/test/query-plans-${process.pid}-${Date.now().toString(36)}.db`)
process.env.DATABASE_URI = `file:${file}`

type Statement = { params: unknown[]; sql: string }
type DrizzleWithSession = { session: { logger: { logQuery: (sql: string, params: unknown[]) => void } } }

let payload: Payload
let synthetic: SyntheticIds
const statements: Statement[] = []

const sqliteClient = () => (payload.db as unknown as { client: Client }).client

/** The SQL Payload issues for `run`, as the database driver receives it. */
const captureSql = async (run: () => Promise<unknown>): Promise<Statement[]> => {
  statements.length = 0
  await run()
  return statements.filter(({ sql }) => /^\s*select/i.test(sql))
}

/** SQLite's `EXPLAIN QUERY PLAN` lines for each statement. */
const queryPlan = async ({ params, sql }: Statement): Promise<string[]> => {
  const { rows } = await sqliteClient().execute({ args: params as InValue[], sql: `EXPLAIN QUERY PLAN ${sql}` })
  return rows.map((row) => String(row.detail))
}

const queryPlans = async (captured: Statement[]): Promise<string[]> =>
  (await Promise.all(captured.map(queryPlan))).flat()

/** Plan lines that read a whole table (or all of its published rows) rather than searching an index. */
const fullTableScans = async (captured: Statement[], { allowStatusIndexWalk = false } = {}): Promise<string[]> => {
  const scans: string[] = []
  for (const statement of captured) {
    const details = await queryPlan(statement)
    const filtersMoreThanStatus = /"(?!_status")\w+" (= \?|in \()/.test(statement.sql)
    // A subquery's rows are produced by a co-routine and then scanned under the subquery's alias.
    const subqueries = new Set(details.map((detail) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(detail)?.[1]))
    for (const detail of details) {
      const scanned = /^SCAN (\S+)/.exec(detail)?.[1]
      // "SCAN t USING INDEX i" walks an index in order (for ORDER BY … LIMIT); a bare "SCAN t" reads every row.
      const isTableScan = !!scanned && !subqueries.has(scanned) && !/USING (COVERING )?INDEX/.test(detail)
      // Nearly every row is published, so a query that filters on more than the status but
      // searches on the status alone reads the whole table too.
      const isStatusOnlySearch =
        !allowStatusIndexWalk &&
        filtersMoreThanStatus &&
        /^SEARCH \S+ USING (COVERING )?INDEX \S+ \(_status=\?\)$/.test(detail)
      if (isTableScan || isStatusOnlySearch) {
        scans.push(`${detail}   ← ${statement.sql.slice(0, 160)}`)
      }
    }
  }
  return scans
}

const readerFind = (collection: 'articles' | 'events' | 'observations', where: Where, sort: string) =>
  payload.find({ ...asReader, collection, depth: 0, limit: 100, sort, where })

beforeAll(async () => {
  if (isMongoLeg) {
    return
  }
  payload = await createTestPayload()
  const drizzle = payload.db.drizzle as unknown as DrizzleWithSession
  drizzle.session.logger = { logQuery: (sql, params) => statements.push({ params, sql }) }
  // Enough rows for table statistics like a real site's: the planner scans tables it knows are tiny.
  synthetic = await insertSyntheticData(sqliteClient(), {
    articles: 3000,
    authors: 5,
    countries: 30,
    eventsPerCountry: 5,
    indicators: 20,
    years: 20,
  })
  // As the server does on start-up (keepSqliteStatistics), now that the tables hold rows.
  await optimizeSqlite(payload, 'PRAGMA optimize=0x10002')
})

afterAll(async () => {
  await payload?.destroy()
  for (const extension of ['', '-wal', '-shm', '-journal', '-media']) {
    fs.rmSync(`${file}${extension}`, { force: true, recursive: true })
  }
})

describe.skipIf(isMongoLeg)('the synthetic benchmark data', () => {
  it('should log each figure’s first publication, so start-up has no figure log to backfill', async () => {
    const [observations, revisions] = await Promise.all([
      payload.count({ collection: 'observations', where: { title: { like: 'Synthetic' } } }),
      payload.find({ collection: 'figure-revisions', depth: 0, limit: 1, sort: 'id' }),
    ])
    expect(observations.totalDocs).toBe(30 * 20 * 20)
    expect(revisions.totalDocs).toBe(observations.totalDocs)
    const [first] = revisions.docs
    const figure = await payload.findByID({ collection: 'observations', depth: 0, id: Number(first!.observationId) })
    expect(first).toMatchObject({
      indicatorId: String(figure.indicator),
      kind: 'published',
      unit: 'USD',
      value: figure.value,
    })
    expect(await backfillFigureRevisions(payload)).toBe(0)
  })
})

describe.skipIf(isMongoLeg)('reader queries use indexes', () => {
  it('should find a country profile’s observations (as subject or partner) through indexes', async () => {
    const id = synthetic.countryIds[0]
    const sql = await captureSql(() =>
      readerFind('observations', { or: [{ country: { equals: id } }, { partner: { equals: id } }] }, '-period.end'),
    )
    expect(sql.length).toBeGreaterThan(0)
    expect(await fullTableScans(sql)).toEqual([])
  })

  it('should find an indicator’s observations through an index', async () => {
    const sql = await captureSql(() =>
      readerFind('observations', { indicator: { equals: synthetic.indicatorIds[0] } }, '-period.end'),
    )
    expect(await fullTableScans(sql)).toEqual([])
  })

  it('should find a comparison’s observations (countries × indicators) through an index', async () => {
    const where: Where = {
      and: [
        { indicator: { in: synthetic.indicatorIds.slice(0, 10) } },
        { country: { in: synthetic.countryIds.slice(0, 6) } },
      ],
    }
    const sql = await captureSql(() => readerFind('observations', where, '-period.end'))
    expect(await fullTableScans(sql)).toEqual([])
    expect(await queryPlans(sql)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/USING (COVERING )?INDEX \S+ \(indicator_id=\? AND (_status=\? AND )?country_id=\?\)/),
      ]),
    )
  })

  it('should read a comparison as SQL through the (indicator, country) index', async () => {
    const scope = {
      countries: synthetic.countryIds.slice(0, 6).map((id) => ({ id })),
      indicators: synthetic.indicatorIds.slice(0, 10).map((id) => ({ id, unit: 'USD' })),
    }
    const executed: Statement[] = []
    const client = sqliteClient()
    const recording = {
      execute: (statement: { args: unknown[]; sql: string }) => {
        executed.push({ params: statement.args, sql: statement.sql })
        return client.execute(statement as Parameters<Client['execute']>[0])
      },
    } as unknown as Client
    const rows = await readComparisonRowsFromSqlite(recording, scope)
    expect(rows.length).toBeGreaterThan(0)
    expect(await fullTableScans(executed)).toEqual([])
    expect(await queryPlans(executed)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/USING (COVERING )?INDEX \S+ \(indicator_id=\? AND (_status=\? AND )?country_id=\?\)/),
      ]),
    )
  })

  it('should count the indicators list’s figures from indexes alone', async () => {
    const executed: Statement[] = []
    const client = sqliteClient()
    const recording = {
      execute: (sql: string) => {
        executed.push({ params: [], sql })
        return client.execute(sql)
      },
    } as unknown as Client
    expect((await countIndicatorFiguresInSqlite(recording)).size).toBe(synthetic.indicatorIds.length)
    expect(await fullTableScans(executed)).toEqual([])
    const plan = await queryPlans(executed)
    expect(plan).toEqual(expect.arrayContaining([expect.stringMatching(/^(SCAN|SEARCH) o USING COVERING INDEX/)]))
    expect(plan).toEqual(
      expect.arrayContaining([expect.stringMatching(/^SEARCH l USING INDEX \S+ \(indicator_id=\? AND _status=\?\)/)]),
    )
  })

  it('should list the latest articles, and those about a country, through indexes', async () => {
    const latest = await captureSql(() => readerFind('articles', {}, '-publishedAt'))
    const aboutCountry = await captureSql(() =>
      readerFind('articles', { countries: { in: [synthetic.countryIds[0]] } }, '-publishedAt'),
    )
    expect(await fullTableScans(latest)).toEqual([])
    // Payload groups this join by article id, so SQLite walks the published articles' index in id
    // order and looks up each one's countries (a few thousand index entries, no table scan).
    expect(await fullTableScans(aboutCountry, { allowStatusIndexWalk: true })).toEqual([])
  })

  it('should list a country’s events by date through indexes', async () => {
    const sql = await captureSql(() => readerFind('events', { countries: { in: [synthetic.countryIds[0]] } }, '-date'))
    expect(await fullTableScans(sql)).toEqual([])
  })

  it('should find documents by slug through the unique index', async () => {
    const sql = await captureSql(() =>
      payload.find({
        ...asReader,
        collection: 'countries',
        depth: 0,
        limit: 1,
        where: { slug: { equals: synthetic.countrySlugs[0] } },
      }),
    )
    expect(await fullTableScans(sql)).toEqual([])
  })
})
