/**
 * Makes sure the benchmark database has an admin to publish with (run by scripts/bench/several.ts
 * with `payload run`): the synthetic data has no accounts. Bench-only credentials, on the bench's
 * own database file.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { BENCH_ADMIN } from './benchAdminCredentials'


const payload = await getPayload({ config })
const existing = await payload.find({
  collection: 'users',
  limit: 1,
  overrideAccess: true,
  where: { email: { equals: BENCH_ADMIN.email } },
})
if (existing.docs.length === 0) {
  await payload.create({
    collection: 'users',
    data: { ...BENCH_ADMIN, name: 'Bench Admin', role: 'admin' },
    overrideAccess: true,
  })
}
payload.logger.info({ msg: `Bench admin ready: ${BENCH_ADMIN.email}` })
process.exit(0)
