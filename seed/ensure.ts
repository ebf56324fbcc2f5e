import config from '@payload-config'
import { getPayload } from 'payload'

import { seedEmptyDevelopmentDatabase } from './commands'
import { DEMO_USERS } from './users'

/**
 * Run before the development server: seeds an empty database so a fresh clone shows real content,
 * and prints where to sign in. Never runs in production mode.
 */
if (process.env.NODE_ENV === 'production') {
  throw new Error('seed/ensure.ts is for development only; use `npm run seed` deliberately instead.')
}
const payload = await getPayload({ config })
try {
  await seedEmptyDevelopmentDatabase({ payload })
  const port = process.env.PORT || '3000'
  const lines = [
    '',
    `  Crossroads is starting at http://localhost:${port}`,
    `  Admin: http://localhost:${port}/admin — demo accounts:`,
    ...DEMO_USERS.map((user) => `    ${user.role.padEnd(8)} ${user.email} / ${user.password}`),
    '',
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
} finally {
  await payload.destroy()
}
