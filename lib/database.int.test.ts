import { buildConfig, getPayload } from 'payload'
import { describe, expect, it } from 'vitest'

import { CONNECT_TIMEOUT_MS, databaseAdapter } from './database'

const startWith = (uri: string) =>
  getPayload({
    config: buildConfig({
      collections: [{ fields: [{ name: 'title', type: 'text' }], slug: 'things' }],
      db: databaseAdapter(uri),
      logger: { options: { level: 'silent' } },
      secret: 'test',
      telemetry: false,
      // Otherwise start-up regenerates the project's payload-types.ts from whatever DATABASE_URI names.
      typescript: { autoGenerate: false },
    }),
    key: uri,
  })

describe('database connection failures', () => {
  it('should fail quickly with the masked MongoDB address and advice when nothing listens there', async () => {
    const startedAt = Date.now()
    await expect(startWith('mongodb://crossroads:hunter2@127.0.0.1:9/crossroads')).rejects.toThrow(
      /Cannot connect to the database at mongodb:\/\/crossroads:\*\*\*\*@127\.0\.0\.1:9\/crossroads .*Check that the MongoDB server is running/,
    )
    expect(Date.now() - startedAt).toBeLessThan(15_000)
    expect(CONNECT_TIMEOUT_MS).toBeLessThan(15_000)
  })

  it('should explain an SQLite file that cannot be created', async () => {
    await expect(startWith('file:./package.json/crossroads.db')).rejects.toThrow(
      /Cannot connect to the database at file:\.\/package\.json\/crossroads\.db .*directory exists and is writable/,
    )
  })
})
