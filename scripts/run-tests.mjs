#!/usr/bin/env node
// `npm test`: every check, in CI order, then one summary line that counts every test run.
// Stages: typecheck, lint, unit (vitest), integration (vitest, Local API on fresh SQLite files),
// mongo (the same integration suite and the seed on a MongoDB-protocol server: DATABASE_URI's
// server, or a throw-away FerretDB built with Go), production build, end-to-end (Playwright
// against `server/index.mjs`, the production server; e2e/several-servers.spec.ts also on a FerretDB of
// its own when FerretDB is built or Go can build it). Arguments name the stages to run; --no-mongo
// leaves the mongo stage out.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const bin = (name) => `node_modules/.bin/${name}`
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
fs.mkdirSync('test-results', { recursive: true })

const stages = [
  { command: [bin('tsc'), '--noEmit'], name: 'typecheck' },
  { command: [bin('eslint'), '.'], name: 'lint' },
  {
    command: [
      bin('vitest'),
      'run',
      '--config',
      'vitest.unit.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/unit.json',
    ],
    name: 'unit',
    results: 'test-results/unit.json',
  },
  {
    command: [
      bin('vitest'),
      'run',
      '--config',
      'vitest.int.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/int.json',
    ],
    name: 'integration',
    results: 'test-results/int.json',
  },
  {
    command: [bin('tsx'), 'scripts/test-mongo.ts'],
    name: 'mongo',
    optOut: '--no-mongo',
    results: 'test-results/mongo.json',
    unavailable: () =>
      /^mongodb(\+srv)?:\/\//i.test(process.env.DATABASE_URI ?? '') ||
      spawnSync('bash', ['-c', 'command -v go || test -x /usr/local/go/bin/go']).status === 0
        ? null
        : 'Go 1.22+ is needed to build FerretDB (or set DATABASE_URI to a MongoDB server)',
  },
  { command: [bin('next'), 'build'], name: 'build' },
  { command: [bin('playwright'), 'test'], name: 'e2e', results: 'test-results/e2e-results.json' },
]

const options = process.argv.slice(2).filter((arg) => arg.startsWith('--'))
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const totals = { failed: 0, passed: 0, skipped: 0 }
const lines = []
let failedStage = null

const countResults = (file) => {
  if (!fs.existsSync(file)) {
    return null
  }
  const data = JSON.parse(fs.readFileSync(file, 'utf8'))
  if ('numPassedTests' in data) {
    return {
      failed: data.numFailedTests,
      passed: data.numPassedTests,
      skipped: data.numPendingTests + data.numTodoTests,
    }
  }
  const stats = data.stats ?? {}
  return {
    failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0),
    passed: stats.expected ?? 0,
    skipped: stats.skipped ?? 0,
  }
}

for (const stage of stages) {
  if (only.length ? !only.includes(stage.name) : stage.optOut && options.includes(stage.optOut)) {
    continue
  }
  const whyNot = stage.unavailable?.()
  if (whyNot) {
    totals.skipped += 1
    lines.push(`${stage.name}: SKIPPED — ${whyNot}`)
    continue
  }
  if (stage.results) {
    fs.rmSync(stage.results, { force: true })
  }
  const startedAt = Date.now()
  process.stdout.write(`\n=== ${stage.name} ===\n`)
  const result = spawnSync(stage.command[0], stage.command.slice(1), { env, stdio: 'inherit' })
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(0)
  const counts = stage.results ? countResults(stage.results) : null
  if (counts) {
    totals.passed += counts.passed
    totals.failed += counts.failed
    totals.skipped += counts.skipped
    lines.push(
      `${stage.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds} s)`,
    )
  } else {
    lines.push(`${stage.name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${seconds} s)`)
  }
  if (result.status !== 0) {
    failedStage = stage.name
    if (!counts || counts.failed === 0) {
      totals.failed += 1
    }
    break
  }
}

process.stdout.write(`\n${lines.join('\n')}\n`)
if (failedStage) {
  process.stdout.write(`stopped at: ${failedStage}\n`)
}
process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`)
process.exit(failedStage ? 1 : 0)
