import { it } from 'vitest'

/**
 * Things FerretDB 1.x (the MongoDB-protocol server CI uses) does differently from MongoDB, each with
 * the command or reply that shows it. The README's MongoDB section lists the same gaps.
 */
export const FERRETDB_GAPS = {
  duplicateKeyDetails:
    'FerretDB answers a duplicate key on insert/update with "E11000 duplicate key error collection: <db>.<collection>" and no index name or keyValue, so Payload cannot say which field is duplicated',
  loginAttemptCounting:
    'FerretDB answers findAndModify with a projection ("fields"), which Payload uses to count failed logins, with "support for field \"fields\" … is not implemented yet", so a wrong password errors instead of counting towards the lockout',
} as const

export type FerretDbGap = keyof typeof FERRETDB_GAPS

const isFerretDb = process.env.MONGODB_COMPATIBILITY?.trim().toLowerCase() === 'ferretdb'

/**
 * `it`, skipped (and reported as skipped, with the reason on stderr) on FerretDB because of a known
 * gap; it runs on SQLite and on a real MongoDB.
 */
export const whereSupported = (gap: FerretDbGap): ReturnType<typeof it.skipIf> => {
  if (isFerretDb) {
    process.stderr.write(`Skipping a test on FerretDB: ${FERRETDB_GAPS[gap]}.\n`)
  }
  return it.skipIf(isFerretDb)
}
