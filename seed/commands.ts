import type { Payload } from 'payload'

import { seed } from './index'

type Env = Record<string, string | undefined>

/**
 * `npm run seed`: builds or refreshes the demo content. The demo accounts have public passwords,
 * so with NODE_ENV=production they are never created or reset, and the output says so.
 */
export const runSeedCommand = async ({ env = process.env, payload }: { env?: Env; payload: Payload }) => {
  const isProduction = env.NODE_ENV === 'production'
  await seed({ demoAccounts: !isProduction, payload })
  if (isProduction) {
    payload.logger.info(
      'NODE_ENV=production: the demo accounts were not created or changed. Create the first admin at /admin on an empty database, then add people under Users.',
    )
  }
}

/**
 * `npm run dev` before the development server starts: an empty database (no accounts) gets the
 * demo content and the demo accounts. Returns whether it seeded.
 */
export const seedEmptyDevelopmentDatabase = async ({ payload }: { payload: Payload }): Promise<boolean> => {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) {
    return false
  }
  payload.logger.info('Empty database: seeding the demo content (about a minute)…')
  await seed({ demoAccounts: true, payload })
  return true
}
