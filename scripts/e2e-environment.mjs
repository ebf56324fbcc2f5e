// @ts-check
// What every production server of an end-to-end run shares: the database file, the media
// directory and the secrets. `scripts/e2e-server.mjs` starts the server the tests use; specs that
// start servers of their own (e2e/server-processes.spec.ts) point them at the same database.
import path from 'node:path'

export const E2E_DATABASE = path.resolve('data/e2e.db')
export const E2E_MEDIA_DIR = path.resolve('data/e2e-media')

/** @returns {NodeJS.ProcessEnv} */
export const e2eServerEnvironment = () => ({
  ...process.env,
  DATABASE_URI: `file:${E2E_DATABASE}`,
  MEDIA_DIR: E2E_MEDIA_DIR,
  NEXT_TELEMETRY_DISABLED: '1',
  NEXTAUTH_SECRET: 'e2e-only-nextauth-secret-0123456789abcdef',
  NODE_ENV: 'production',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'e2e-only-secret-0123456789abcdef',
})
