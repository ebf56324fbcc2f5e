// `npm run test:mongo`: the integration suite, then the seed twice, against a MongoDB-protocol server.
// With DATABASE_URI=mongodb://… it uses that server (each test file, and the seed, get a database of
// their own, dropped afterwards). Without it, it starts a throw-away FerretDB through
// scripts/ferretdb.sh and runs itself again against it.
// Writes test-results/mongo.json (Vitest's JSON shape; the two seed runs count as two more tests) and
// ends with a line `mongo: N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { isMongoUri, maskUri } from '@/lib/database'
import { mongoDatabaseName, mongoUriWithDatabaseSuffix } from '@/tests/helpers/mongoUri'

const results = 'test-results/mongo.json'
const intResults = 'test-results/mongo-int.json'

if (!isMongoUri(process.env.DATABASE_URI ?? '')) {
  if (process.env.DATABASE_URI) {
    process.stderr.write(`test:mongo: DATABASE_URI is not a mongodb:// address; using FerretDB instead.\n`)
  }
  const result = spawnSync('bash', ['scripts/ferretdb.sh', 'node_modules/.bin/tsx', 'scripts/test-mongo.ts'], {
    stdio: 'inherit',
  })
  process.exit(result.status ?? 1)
}

const databaseUri = process.env.DATABASE_URI as string
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const bin = (name: string): string => `node_modules/.bin/${name}`
fs.mkdirSync('test-results', { recursive: true })
fs.rmSync(results, { force: true })
fs.rmSync(intResults, { force: true })

const compatibility = process.env.MONGODB_COMPATIBILITY
  ? ` (MONGODB_COMPATIBILITY=${process.env.MONGODB_COMPATIBILITY})`
  : ''
process.stdout.write(`\n=== integration on ${maskUri(databaseUri)}${compatibility} ===\n`)
const startedAt = Date.now()
spawnSync(
  bin('vitest'),
  [
    'run',
    '--config',
    'vitest.int.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${intResults}`,
  ],
  { env, stdio: 'inherit' },
)
const counts = { failed: 0, passed: 0, skipped: 0 }
let testResults: unknown[] = []
if (fs.existsSync(intResults)) {
  const data = JSON.parse(fs.readFileSync(intResults, 'utf8'))
  counts.passed = data.numPassedTests
  counts.failed = data.numFailedTests
  counts.skipped = data.numPendingTests + data.numTodoTests
  testResults = data.testResults ?? []
} else {
  process.stderr.write('test:mongo: the integration suite wrote no results.\n')
  counts.failed += 1
}

// The seed goes into a database of its own so that a developer's data is never touched.
const seedUri = mongoUriWithDatabaseSuffix(databaseUri, `seed-${process.pid}`)
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-seed-media-'))
const seedRuns: { duration: number; label: string; passed: boolean }[] = []
for (const label of ['seed (first run)', 'seed (second run, idempotent)']) {
  process.stdout.write(`\n=== ${label} ===\n`)
  const seedStartedAt = Date.now()
  const result = spawnSync(bin('payload'), ['run', 'seed/run.ts'], {
    env: { ...env, DATABASE_URI: seedUri, MEDIA_DIR: mediaDir },
    stdio: 'inherit',
  })
  const passed = result.status === 0
  seedRuns.push({ duration: Date.now() - seedStartedAt, label, passed })
  counts[passed ? 'passed' : 'failed'] += 1
  if (!passed) {
    break
  }
}
fs.rmSync(mediaDir, { force: true, recursive: true })
try {
  const { MongoClient } = await import('mongodb')
  const client = new MongoClient(seedUri, { serverSelectionTimeoutMS: 10_000 })
  try {
    await client.db(mongoDatabaseName(seedUri)).dropDatabase()
  } finally {
    await client.close()
  }
} catch (error) {
  process.stderr.write(`test:mongo: could not drop the seed database: ${(error as Error).message}\n`)
}

fs.writeFileSync(
  results,
  JSON.stringify({
    numFailedTests: counts.failed,
    numPassedTests: counts.passed,
    numPendingTests: counts.skipped,
    numTodoTests: 0,
    seedRuns,
    testResults,
  }),
)
const seconds = ((Date.now() - startedAt) / 1000).toFixed(0)
process.stdout.write(
  `\n${seedRuns.map((run) => `${run.label}: ${run.passed ? 'ok' : 'FAILED'} (${(run.duration / 1000).toFixed(0)} s)`).join('\n')}\n`,
)
process.stdout.write(
  `mongo: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds} s)\n`,
)
process.exit(counts.failed > 0 ? 1 : 0)
