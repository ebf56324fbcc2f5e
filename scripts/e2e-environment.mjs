// @ts-check
// What every production server of an end-to-end run shares: the database file, the media
// directory and the secrets. `scripts/e2e-server.mjs` starts the server the tests use; specs that
// start servers of their own (e2e/server-processes.spec.ts) point them at the same database.
import { spawn } from 'node:child_process'
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

/**
 * Seeds the database `env` names with the demo content and the demo accounts the specs sign in
 * with (scripts/e2e-seed.ts; `npm run seed` creates no accounts in production mode). Its log goes
 * to this process's, or, when `quiet`, only into `output`.
 * @param {NodeJS.ProcessEnv} env
 * @param {{ quiet?: boolean }} [options]
 * @returns {Promise<{ isSeeded: boolean; output: string }>}
 */
export const seedE2eDatabase = (env, { quiet = false } = {}) =>
  new Promise((resolve) => {
    let output = ''
    const seed = spawn(path.resolve('node_modules/.bin/payload'), ['run', 'scripts/e2e-seed.ts'], {
      env,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    })
    seed.stdout?.on('data', (chunk) => (output += chunk.toString()))
    seed.stderr?.on('data', (chunk) => (output += chunk.toString()))
    seed.once('error', (error) => resolve({ isSeeded: false, output: `${output}${error.message}` }))
    seed.once('exit', (code) => resolve({ isSeeded: code === 0, output }))
  })
