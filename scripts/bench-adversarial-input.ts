// Times every importer and parser on the hostile inputs of tests/security/input-adversarial.ts and
// prints one tab-separated line per parse (parser, input, milliseconds; `>N` when stopped at the
// deadline). Usage: npx tsx scripts/bench-adversarial-input.ts [deadline ms] ["parser|parser"]
import { timeAdversarialParses } from '@/tests/security/input-adversarialRun'

const deadline = Number(process.argv[2] ?? 10_000)
const parsers = process.argv[3] ? process.argv[3].split('|') : undefined

await timeAdversarialParses({
  deadline,
  onTiming: ({ core, milliseconds, parser }) =>
    process.stdout.write(`${parser}\t${core}\t${milliseconds === null ? `>${deadline}` : milliseconds.toFixed(1)}\n`),
  parsers,
})
