// The e2e database: the demo content and the demo accounts the specs sign in with. The e2e server
// runs in production mode, where `npm run seed` leaves accounts alone, so it seeds through here.
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from '@/seed/index'

const payload = await getPayload({ config })
try {
  await seed({ demoAccounts: true, payload })
} finally {
  await payload.destroy()
}
