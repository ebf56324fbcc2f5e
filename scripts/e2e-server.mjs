#!/usr/bin/env node
// Starts the production build for end-to-end tests: a fresh SQLite file, migrated and seeded the
// way production is (NODE_ENV=production), then the production server (`server/index.mjs`) on 127.0.0.1 only.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { startIdentityProvider } from '../e2e/idp/identityProvider.mjs'
import { E2E_DATABASE, E2E_MEDIA_DIR, e2eServerEnvironment, seedE2eDatabase } from './e2e-environment.mjs'
import { freePort } from './freePort.mjs'

const port = process.env.E2E_PORT || '3210'

if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('No production build found: run `npm run build` first (npm test does).')
  process.exit(1)
}

for (const suffix of ['', '-wal', '-shm', '-journal']) {
  fs.rmSync(`${E2E_DATABASE}${suffix}`, { force: true })
}
fs.rmSync(E2E_MEDIA_DIR, { force: true, recursive: true })
// Reader pages cached by an earlier run (Next keeps them on disk) would show the old database.
fs.rmSync('.next/server/route-cache', { force: true, recursive: true })

const siteUrl = `http://127.0.0.1:${port}`
const identityProvider = await startIdentityProvider({
  clientId: 'crossroads-e2e',
  clientSecret: 'crossroads-e2e-client-secret',
  port: await freePort(),
  redirectUri: `${siteUrl}/api/auth/callback/oidc`,
})

const env = {
  ...e2eServerEnvironment(),
  // Scheduled publications are tested end to end: run the jobs queue every two seconds.
  JOBS_AUTORUN_CRON: '*/2 * * * * *',
  NEXTAUTH_URL: siteUrl,
  OIDC_CLIENT_ID: 'crossroads-e2e',
  OIDC_CLIENT_SECRET: 'crossroads-e2e-client-secret',
  OIDC_DISPLAY_NAME: 'Crossroads SSO',
  OIDC_ISSUER: identityProvider.issuer,
  OIDC_ROLE_MAP: 'crossroads-editors:editor',
  OIDC_SCOPE: 'openid email profile groups',
  // The tests stand in for one reverse proxy: each spec names its client in X-Forwarded-For, so
  // failed sign-ins of one spec never count against another's (e2e/sign-in-limits.spec.ts).
  TRUSTED_PROXY_HOPS: '1',
}

if (!(await seedE2eDatabase(env)).isSeeded) {
  console.error('Seeding the e2e database failed.')
  process.exit(1)
}

// The same command as `npm start`.
const server = spawn(
  process.execPath,
  ['--max-semi-space-size=64', path.resolve('server/index.mjs'), '-p', port, '-H', '127.0.0.1'],
  {
    env,
    stdio: 'inherit',
  },
)
const stop = () => {
  identityProvider.close()
  server.kill('SIGTERM')
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
server.on('exit', (code) => process.exit(code ?? 0))
