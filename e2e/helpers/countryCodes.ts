import type { APIRequestContext } from '@playwright/test'

import fs from 'node:fs'
import path from 'node:path'
import worldCountries from 'world-countries'

/**
 * ISO3 codes for countries the e2e specs create. They come from QMA–QZZ, a range ISO 3166-1 leaves
 * to private use, minus every code the seed creates and every code `world-countries` knows, so a
 * test country can never take the code of a seeded or real one (the old `Q..` and `X..` generators
 * could draw QAT, XCA or XGS).
 */
export const TEST_CODE_RANGE = /^Q[M-Z][A-Z]$/

// Read as a file: the fact sheet is JSON, which the test runner's ESM loader does not import.
const facts = JSON.parse(fs.readFileSync(path.resolve('seed/data/facts.json'), 'utf8')) as {
  countries: { iso3: string }[]
}

/** Every ISO3 code the seed gives a country (seed/data/facts.json). */
export const SEEDED_ISO3: ReadonlySet<string> = new Set(facts.countries.map((country) => country.iso3))

/** Every ISO 3166-1 alpha-3 code in use, as the `world-countries` package lists them. */
export const REAL_ISO3: ReadonlySet<string> = new Set(worldCountries.map((country) => country.cca3))

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** The codes the helper hands out, in order. */
export const TEST_CODES: readonly string[] = [...LETTERS]
  .flatMap((second) => [...LETTERS].map((third) => `Q${second}${third}`))
  .filter((code) => TEST_CODE_RANGE.test(code) && !SEEDED_ISO3.has(code) && !REAL_ISO3.has(code))

const handedOut = new Set<string>()

/**
 * The next code no test in this process has had; `isTaken` is asked about each candidate, so a code
 * a country in the database (a draft too, or one left by an aborted run) already has is skipped.
 * Each worker starts at its own place in the range.
 */
export const nextCountryCode = async ({
  isTaken = async () => false,
  workerIndex = 0,
}: {
  isTaken?: (code: string) => Promise<boolean>
  workerIndex?: number
} = {}): Promise<string> => {
  const start = (workerIndex * 61) % TEST_CODES.length
  for (let step = 0; step < TEST_CODES.length; step += 1) {
    const code = TEST_CODES[(start + step) % TEST_CODES.length]
    if (handedOut.has(code)) {
      continue
    }
    handedOut.add(code)
    if (!(await isTaken(code))) {
      return code
    }
  }
  throw new Error(`All ${TEST_CODES.length} test country codes (${TEST_CODE_RANGE}) are in use.`)
}

/** Asks the server, as a staff member (drafts included), whether a country already has `code`. */
export const countryCodeTakenOn =
  (staff: APIRequestContext) =>
  async (code: string): Promise<boolean> => {
    const response = await staff.get(`/api/countries?where[iso3][equals]=${code}&draft=true&depth=0&limit=1`)
    if (!response.ok()) {
      throw new Error(`Could not look up country code ${code}: ${response.status()} ${await response.text()}`)
    }
    return ((await response.json()) as { totalDocs: number }).totalDocs > 0
  }
