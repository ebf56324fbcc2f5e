import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './index'

const payload = await getPayload({ config })
try {
  await seed({ payload })
} finally {
  await payload.destroy()
}
