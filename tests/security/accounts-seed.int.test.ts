import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { runSeedCommand, seedEmptyDevelopmentDatabase } from '@/seed/commands'
import { DEMO_USERS } from '@/seed/users'
import { createTestPayload } from '@/tests/helpers/payload'

import { captureLogs } from './accountsLogs'

/**
 * The demo accounts have the README's public passwords: `npm run seed` in production never creates
 * or resets them, while the development server's first run still does.
 */

let payload: Payload

const [demoAdmin] = DEMO_USERS

const demoAccounts = async () =>
  (
    await payload.find({
      collection: 'users',
      pagination: false,
      where: { email: { in: DEMO_USERS.map((user) => user.email) } },
    })
  ).docs.map((user) => user.email)

const storedHash = async (email: string) =>
  (await payload.db.findOne<User & { hash?: string }>({ collection: 'users', where: { email: { equals: email } } }))
    ?.hash

beforeAll(async () => {
  payload = await createTestPayload()
})

afterAll(async () => {
  await payload.destroy()
})

describe('npm run seed', () => {
  it('should neither create nor reset demo accounts with NODE_ENV=production, and say so', async () => {
    // An operator who kept the demo admin's address but chose a password of their own.
    await payload.create({
      collection: 'users',
      data: { email: demoAdmin.email, name: 'Operator', password: 'chosen-by-the-operator-1', role: 'admin' },
    })
    const hashBefore = await storedHash(demoAdmin.email)
    const logs = captureLogs(payload)
    await runSeedCommand({ env: { NODE_ENV: 'production' }, payload })
    logs.restore()

    expect(await demoAccounts()).toEqual([demoAdmin.email])
    expect(await storedHash(demoAdmin.email)).toBe(hashBefore)
    expect((await payload.count({ collection: 'countries' })).totalDocs).toBeGreaterThan(0)
    expect(logs.text()).toContain('the demo accounts were not created or changed')
    expect(logs.text()).toContain(
      `demo accounts whose passwords may be the public ones in the README: ${demoAdmin.email}`,
    )
  }, 240_000)

  it("should still create the demo accounts on the development server's first run", async () => {
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    expect(await seedEmptyDevelopmentDatabase({ payload })).toBe(true)
    expect((await demoAccounts()).sort()).toEqual(DEMO_USERS.map((user) => user.email).sort())
    for (const user of DEMO_USERS) {
      const result = await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })
      expect(result.user?.role).toBe(user.role)
    }
  }, 240_000)
})
