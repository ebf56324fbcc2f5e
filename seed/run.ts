import config from '@payload-config'
import { getPayload } from 'payload'

import { runSeedCommand } from './commands'

const payload = await getPayload({ config })
try {
  await runSeedCommand({ payload })
} finally {
  await payload.destroy()
}
