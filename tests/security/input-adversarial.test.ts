import { describe, expect, it } from 'vitest'

import { ADVERSARIAL_CORES, ADVERSARIAL_PARSERS } from './input-adversarial'
import { timeAdversarialParses } from './input-adversarialRun'

/** Issue #14 item 5: each parse of hostile input finishes in under a second. */
const PARSE_BUDGET_MS = 1_000

/** A parse still running after this long is stopped and counted as too slow. */
const DEADLINE_MS = 5_000

describe('importers and parsers on hostile lines (10,000 spaces, brackets, nested markers, …)', () => {
  it.each(Object.keys(ADVERSARIAL_PARSERS))(
    'should parse hostile input in under a second: %s',
    async (parser) => {
      const timings = await timeAdversarialParses({ deadline: DEADLINE_MS, parsers: [parser] })
      const slow = timings
        .filter(({ milliseconds }) => milliseconds === null || milliseconds >= PARSE_BUDGET_MS)
        .map(
          ({ core, milliseconds }) =>
            `${core}: ${milliseconds === null ? `over ${DEADLINE_MS} ms` : `${Math.round(milliseconds)} ms`}`,
        )
      const refused = timings.filter(({ refusal }) => refusal).map(({ core, refusal }) => `${core}: ${refusal}`)
      expect(timings).toHaveLength(Object.keys(ADVERSARIAL_CORES).length)
      expect(slow).toEqual([])
      expect(refused).toEqual([])
    },
    Object.keys(ADVERSARIAL_CORES).length * DEADLINE_MS + 30_000,
  )
})
