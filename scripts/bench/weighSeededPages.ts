/**
 * `npm run bench:page-weight -- <origin>`: the page weight of the seeded demo pages on a running
 * production server (e.g. the one `node scripts/e2e-server.mjs` starts), against the budget.
 * Exits 1 when a page misses it. `npm run bench` checks the same budget on its synthetic database.
 */
import type { PageWeightTarget } from './pageWeight'

import { isWithinBudget, measurePageWeights, pageWeightToRow } from './pageWeight'

const SEEDED_PAGES: PageWeightTarget[] = [
  { name: 'home', path: '/' },
  { name: 'country profile', path: '/countries/kazakhstan' },
  { name: 'comparison', path: '/compare?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume' },
  { name: 'indicator page', path: '/indicators/investment-pledge' },
  { name: 'indicator page, bilateral trade', path: '/indicators/bilateral-trade-volume' },
  { name: 'article page', path: '/articles/ascendant-axis-central-asia-kazakhstan-uzbekistan' },
]

const origin = process.argv[2]
if (!origin) {
  process.stderr.write('Usage: npm run bench:page-weight -- http://127.0.0.1:3210 [--scripts]\n')
  process.exit(2)
}

const weights = await measurePageWeights(origin, SEEDED_PAGES)
console.table(weights.map(pageWeightToRow))
if (process.argv.includes('--scripts')) {
  for (const weight of weights) {
    process.stdout.write(`\n${weight.name} (${weight.path})\n`)
    for (const script of [...weight.scripts].sort((a, b) => b.brotliBytes - a.brotliBytes)) {
      process.stdout.write(`  ${String(script.brotliBytes).padStart(7)} B brotli  ${script.src}\n`)
    }
  }
}
process.exit(weights.every(isWithinBudget) ? 0 : 1)
