/**
 * `npm run bench`: a production server on a large synthetic database, load-tested with autocannon
 * against a bare Node server returning the same bytes. See README, "Performance".
 *
 *   npm run bench                 build, then measure (the database is generated once and reused)
 *   npm run bench -- --skip-build measure the existing .next build
 *   BENCH_DURATION=20 BENCH_CONNECTIONS=20 npm run bench
 *   WEB_CONCURRENCY=2 npm run bench   several server processes, as `npm start` runs them
 *   npm run bench -- --no-several    without the two-server run on Redis (scripts/bench/several.ts)
 *   npm run bench -- --page-weight-only   only the page weight (scripts/bench/pageWeight.ts), no load
 *
 * Exits 1 when a public page ships more JavaScript than the page-weight budget.
 */
import type { ChildProcess } from 'node:child_process'

import { createClient } from '@libsql/client'
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Measurement } from './measure'
import type { PageWeight, PageWeightTarget } from './pageWeight'
import type { SeveralServersResult } from './several'
import type { SyntheticIds } from './syntheticData'

import { parseWorkerCount } from '@/server/cluster.mjs'
import { migrations } from '@/migrations'

import { freePort } from '../freePort.mjs'
import { measure } from './measure'
import { isWithinBudget, measurePageWeights, PAGE_WEIGHT_BUDGET, pageWeightToRow } from './pageWeight'
import { runSeveralServers } from './several'
import { BENCH_SCALE, insertSyntheticData } from './syntheticData'

const LOCK = process.env.CROSSROADS_HEAVY_LOCK || '/tmp/crossroads-heavy.lock'
const BENCH_DIR = path.resolve('data/bench')
const DATABASE = path.join(BENCH_DIR, 'bench.db')
const MANIFEST = path.join(BENCH_DIR, 'bench.json')
const RESULTS_DIR = path.resolve('bench/results')
const durationSeconds = Number(process.env.BENCH_DURATION || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const serverProcesses = parseWorkerCount(process.env.WEB_CONCURRENCY)
const isPageWeightOnly = process.argv.includes('--page-weight-only')
const bin = (name: string) => path.resolve('node_modules/.bin', name)

/** Heavy work queues behind the other jobs on this machine: re-run this script under `flock`. */
if (!process.env.BENCH_LOCKED && spawnSync('flock', ['--version']).status === 0) {
  process.stdout.write(`Waiting for the shared lock ${LOCK} …\n`)
  const locked = spawnSync('flock', [LOCK, bin('tsx'), ...process.argv.slice(1)], {
    env: { ...process.env, BENCH_LOCKED: '1' },
    stdio: 'inherit',
  })
  process.exit(locked.status ?? 1)
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URI: `file:${DATABASE}`,
  MEDIA_DIR: path.join(BENCH_DIR, 'media'),
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-only-secret-0123456789abcdef',
}

type Manifest = { ids: SyntheticIds; migrations: string[]; scale: typeof BENCH_SCALE }

/** Generates the synthetic database once; reuses it while the scale and the migrations are the same. */
const ensureDatabase = async (): Promise<SyntheticIds> => {
  const wanted = { migrations: migrations.map(({ name }) => name), scale: BENCH_SCALE }
  if (fs.existsSync(MANIFEST) && fs.existsSync(DATABASE)) {
    const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as Manifest
    if (JSON.stringify({ migrations: manifest.migrations, scale: manifest.scale }) === JSON.stringify(wanted)) {
      process.stdout.write(`Reusing ${path.relative(process.cwd(), DATABASE)}\n`)
      return manifest.ids
    }
  }
  fs.rmSync(BENCH_DIR, { force: true, recursive: true })
  fs.mkdirSync(BENCH_DIR, { recursive: true })
  const startedAt = Date.now()
  const migrated = spawnSync(bin('payload'), ['migrate'], { env, stdio: ['ignore', 'inherit', 'inherit'] })
  if (migrated.status !== 0) {
    throw new Error('payload migrate failed on the benchmark database')
  }
  const client = createClient({ url: `file:${DATABASE}` })
  const ids = await insertSyntheticData(client, BENCH_SCALE)
  await client.execute('ANALYZE')
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  const { rows } = await client.execute('select count(*) as n from observations')
  client.close()
  fs.writeFileSync(MANIFEST, JSON.stringify({ ...wanted, ids }, null, 2))
  process.stdout.write(
    `Generated ${rows[0].n} observations, ${BENCH_SCALE.articles} articles in ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n`,
  )
  return ids
}

/** Resolves when the server prints that it is ready, with all its processes. */
const waitForReadyLine = (child: ChildProcess, timeoutMs = 180_000) =>
  new Promise<void>((resolve, reject) => {
    let output = ''
    let ready = false
    const timer = setTimeout(
      () => reject(new Error(`the server was not ready within ${timeoutMs / 1000} s`)),
      timeoutMs,
    )
    // Keeps reading (and dropping) what the server prints afterwards, so its pipe never fills up.
    child.stdout!.on('data', (chunk: Buffer) => {
      if (ready) {
        return
      }
      output += chunk.toString()
      if (/Crossroads ready on/.test(output)) {
        ready = true
        clearTimeout(timer)
        resolve()
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the server exited with code ${code}`))
    })
  })

const waitFor = async (url: string, child: ChildProcess, timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited with code ${child.exitCode}`)
    }
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

type Target = {
  cache: 'cached' | 'uncached'
  connections?: number
  name: string
  path: string
}

/** The pages measured. A page that does not answer 200 yet (e.g. before /compare exists) is reported, not measured. */
const targetsFor = (ids: SyntheticIds): Target[] => {
  const comparison = `/compare?countries=${ids.countrySlugs.slice(0, 6).join(',')}&indicators=${ids.indicatorSlugs.slice(0, 10).join(',')}`
  return [
    { cache: 'cached', name: 'country profile', path: `/countries/${ids.countrySlugs[0]}` },
    { cache: 'uncached', name: 'comparison 6 countries × 10 indicators', path: comparison },
    // The same page for one reader at a time: its own latency, without queueing behind nine others.
    { cache: 'uncached', connections: 1, name: 'one reader at a time: comparison 6 × 10', path: comparison },
    { cache: 'cached', name: 'indicator page', path: `/indicators/${ids.indicatorSlugs[0]}` },
    { cache: 'cached', name: 'article page', path: `/articles/${ids.articleSlugs[0]}` },
  ]
}

/** Every kind of public page, as a reader who is not signed in gets it. */
const pageWeightTargetsFor = (ids: SyntheticIds): PageWeightTarget[] => [
  { name: 'home', path: '/' },
  { name: 'country profile', path: `/countries/${ids.countrySlugs[0]}` },
  {
    name: 'comparison',
    path: `/compare?countries=${ids.countrySlugs.slice(0, 2).join(',')}&indicators=${ids.indicatorSlugs[0]}`,
  },
  { name: 'indicator page', path: `/indicators/${ids.indicatorSlugs[0]}` },
  // Every tenth synthetic indicator is bilateral, the heaviest indicator page (a partner table per country).
  { name: 'indicator page, bilateral', path: `/indicators/${ids.indicatorSlugs[9]}` },
  { name: 'article page', path: `/articles/${ids.articleSlugs[0]}` },
]

type QueryTiming = { docs: number; p50: number; p95: number; rounds: number }
type QueryTimings = Record<
  | 'comparison'
  | 'comparisonDepth0'
  | 'comparisonPageLocalApi'
  | 'comparisonPageSql'
  | 'comparisonSql'
  | 'indicator'
  | 'indicatorCapped'
  | 'profile'
  | 'profileCapped',
  QueryTiming
>

/** The reads behind the pages, timed through the Local API without HTTP or rendering. */
const timeQueries = (ids: SyntheticIds): QueryTimings => {
  const run = spawnSync(bin('payload'), ['run', 'scripts/bench/queries.ts'], {
    encoding: 'utf8',
    env: {
      ...env,
      BENCH_IDS: JSON.stringify({
        countryIds: ids.countryIds.slice(0, 6),
        indicatorIds: ids.indicatorIds.slice(0, 10),
      }),
    },
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const line = run.stdout.split('\n').find((text) => text.startsWith('BENCH_QUERIES '))
  if (run.status !== 0 || !line) {
    throw new Error(`timing the queries failed: ${run.error?.message ?? run.stdout}`)
  }
  return JSON.parse(line.slice('BENCH_QUERIES '.length)) as QueryTimings
}

type Row = {
  bytes?: number
  cache: string
  connections?: number
  firstRenderMs?: number
  measurement?: Measurement
  name: string
  status: number
}

const main = async () => {
  const ids = await ensureDatabase()
  if (!process.argv.includes('--skip-build') || !fs.existsSync('.next/BUILD_ID')) {
    const built = spawnSync(bin('next'), ['build'], {
      env: { ...env, DATABASE_URI: 'file:/nonexistent/no-database-at-build.db' },
      stdio: 'inherit',
    })
    if (built.status !== 0) {
      throw new Error('next build failed')
    }
  }

  let queries: null | QueryTimings = null
  if (!isPageWeightOnly) {
    process.stdout.write('Timing the reader queries through the Local API …\n')
    queries = timeQueries(ids)
  }

  // Pages cached by an earlier run survive a restart; start empty so "first ms" is a real render.
  fs.rmSync('.next/server/route-cache', { force: true, recursive: true })
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  // The same command as `npm start`.
  const serverArgs = [
    '--max-semi-space-size=64',
    path.resolve('server/index.mjs'),
    '-p',
    String(port),
    '-H',
    '127.0.0.1',
  ]
  const server = spawn(process.execPath, serverArgs, {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const children: ChildProcess[] = [server]
  const stopAll = () => children.forEach((child) => child.kill('SIGTERM'))
  process.on('exit', stopAll)
  try {
    // With several server processes, the port answers as soon as the first one is up.
    await waitForReadyLine(server)
    await waitFor(`${origin}/api/users/me`, server)
    process.stdout.write(`Server processes: ${serverProcesses} (WEB_CONCURRENCY)\n`)
    process.stdout.write('Weighing the public pages …\n')
    const pageWeights = await measurePageWeights(origin, pageWeightTargetsFor(ids))
    if (isPageWeightOnly) {
      stopAll()
      report([], null, null, pageWeights)
      return
    }
    const rows: Row[] = []
    // Bytes of each cached page, served again by the bare Node reference.
    const cachedBytes = new Map<string, { bytes: Buffer; contentType: string }>()
    for (const target of targetsFor(ids)) {
      const startedAt = Date.now()
      const first = await fetch(origin + target.path)
      const bytes = Buffer.from(await first.arrayBuffer())
      const row: Row = {
        bytes: bytes.length,
        cache: target.cache,
        firstRenderMs: Date.now() - startedAt,
        connections: target.connections ?? connections,
        name: target.name,
        status: first.status,
      }
      rows.push(row)
      if (first.status !== 200) {
        continue
      }
      if (target.cache === 'cached') {
        cachedBytes.set(target.name, { bytes, contentType: first.headers.get('content-type') ?? 'text/html' })
      }
      await fetch(origin + target.path)
      const targetConnections = target.connections ?? connections
      process.stdout.write(`Measuring ${target.name} (${durationSeconds} s, ${targetConnections} connections) …\n`)
      row.measurement = await measure(origin + target.path, {
        connections: targetConnections,
        durationSeconds,
      })
    }
    const references = ['country profile', 'article page'].filter((name) => cachedBytes.has(name))
    if (references.length > 0) {
      const barePort = await freePort()
      const routes = references.map((name, index) => {
        const file = path.join(BENCH_DIR, `reference-${index}.html`)
        fs.writeFileSync(file, cachedBytes.get(name)!.bytes)
        return `/${index}=${file}`
      })
      const contentType = cachedBytes.get(references[0])!.contentType
      const bare = spawn(
        process.execPath,
        [path.resolve('scripts/bench/bareServer.mjs'), String(barePort), contentType, ...routes],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      )
      children.push(bare)
      await waitFor(`http://127.0.0.1:${barePort}/0`, bare)
      for (const [index, name] of references.entries()) {
        const size = cachedBytes.get(name)!.bytes.length
        process.stdout.write(`Measuring bare Node http with the ${name}'s ${size} bytes …\n`)
        rows.push({
          cache: 'reference',
          measurement: await measure(`http://127.0.0.1:${barePort}/${index}`, { connections, durationSeconds }),
          name: `bare Node http, ${name} bytes`,
          status: 200,
        })
      }
    }
    stopAll()
    const several = process.argv.includes('--no-several')
      ? null
      : await runSeveralServers({
          connections,
          countryId: ids.countryIds[0],
          countryPath: `/countries/${ids.countrySlugs[0]}`,
          durationSeconds,
          env,
          publications: Number(process.env.BENCH_PUBLICATIONS || 20),
          waitForReadyLine,
        })
    for (const row of several?.rows ?? []) {
      rows.push({ cache: 'cached', connections, measurement: row.measurement, name: row.name, status: 200 })
    }
    report(rows, queries, several, pageWeights)
  } finally {
    stopAll()
  }
}

const report = (
  rows: Row[],
  queries: null | QueryTimings,
  several: null | SeveralServersResult,
  pageWeights: PageWeight[],
) => {
  const byName = (name: string) => rows.find((row) => row.name.startsWith(name))?.measurement
  const profile = byName('country profile')
  const bare = byName('bare Node http, country profile')
  const comparison = byName('comparison')
  const twoServers = byName('two servers + Redis, page cache 64 MB')
  const checks = [
    { target: 'cached profile p95 < 100 ms', value: profile ? profile.latencyMs.p95 < 100 : null },
    {
      target: 'cached profile ≥ 50% of bare Node throughput',
      value: profile && bare ? profile.requestsPerSecond >= bare.requestsPerSecond / 2 : null,
    },
    { target: 'uncached comparison p95 < 300 ms', value: comparison ? comparison.latencyMs.p95 < 300 : null },
    {
      target: 'two servers + Redis: cached profile ≥ 50% of bare Node throughput',
      value: twoServers && bare ? twoServers.requestsPerSecond >= bare.requestsPerSecond / 2 : null,
    },
    {
      target: 'two servers + Redis: publish → visible on the other server, p95 < 2 s',
      value: several?.publishToOtherServerMs ? several.publishToOtherServerMs.p95 < 2000 : null,
    },
  ].filter((check) => !isPageWeightOnly || check.value !== null)
  const pageWeightChecks = pageWeights.map((weight) => ({
    target: `${weight.name}: JavaScript ≤ ${PAGE_WEIGHT_BUDGET.scriptBrotliBytes / 1000} kB brotli (signed out)`,
    value: isWithinBudget(weight),
  }))
  const table = rows.map((row) => ({
    page: `${row.name} (${row.cache})`,
    conn: row.connections ?? connections,
    status: row.status,
    bytes: row.bytes ?? '',
    'first ms': row.firstRenderMs ?? '',
    'req/s': row.measurement?.requestsPerSecond ?? '',
    'p50 ms': row.measurement?.latencyMs.p50 ?? '',
    'p95 ms': row.measurement?.latencyMs.p95 ?? '',
    'p99 ms': row.measurement?.latencyMs.p99 ?? '',
    'non-2xx': row.measurement ? row.measurement.non2xx + row.measurement.errors : '',
  }))
  if (table.length > 0) {
    console.table(table)
  }
  if (queries) {
    console.table(
      Object.entries(queries).map(([query, timing]) => ({
        read: query,
        docs: timing.docs,
        'p50 ms': timing.p50,
        'p95 ms': timing.p95,
      })),
    )
  }
  console.table(pageWeights.map(pageWeightToRow))
  if (several?.publishToOtherServerMs) {
    const { max, p50, p95, samples } = several.publishToOtherServerMs
    process.stdout.write(
      `Publish through one server → visible on the other (${samples.length} publications): p50 ${p50} ms, p95 ${p95} ms, max ${max} ms\n`,
    )
  }
  for (const check of [...checks, ...pageWeightChecks]) {
    process.stdout.write(
      `${check.value === null ? 'NOT MEASURED' : check.value ? 'MET    ' : 'MISSED '}  ${check.target}\n`,
    )
  }
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  const at = new Date().toISOString()
  const file = path.join(RESULTS_DIR, `bench-${at.replace(/[:.]/g, '-')}.json`)
  const machine = {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model,
    node: process.version,
    totalMemGb: Math.round(os.totalmem() / 2 ** 30),
  }
  fs.writeFileSync(
    file,
    JSON.stringify(
      {
        at,
        checks: [...checks, ...pageWeightChecks],
        connections,
        durationSeconds,
        machine,
        pageWeights,
        publishToOtherServerMs: several?.publishToOtherServerMs ?? null,
        queries,
        rows,
        scale: BENCH_SCALE,
        serverProcesses,
      },
      null,
      2,
    ),
  )
  process.stdout.write(`Results written to ${path.relative(process.cwd(), file)}\n`)
  if (pageWeightChecks.some((check) => !check.value)) {
    process.exitCode = 1
  }
}

await main()
