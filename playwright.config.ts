import { defineConfig, devices } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

/**
 * E2E runs against the production build, served as `npm start` serves it (`server/index.mjs`), on a free
 * port, with a fresh database that is migrated and seeded before the server starts
 * (scripts/e2e-server.mjs).
 */
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = execFileSync(process.execPath, [
    '-e',
    "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
  ]).toString()
}
const port = Number(process.env.E2E_PORT)
const baseURL = `http://127.0.0.1:${port}`

const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const useSystemChromium = fs.existsSync(SYSTEM_CHROMIUM)

export default defineConfig({
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  fullyParallel: false,
  outputDir: 'test-results/artifacts',
  projects: [
    // Tests own their data: the specs may read seeded content but must leave it as they found it.
    { name: 'seeded content', teardown: 'seeded content check', testMatch: /seeded-content\.setup\.ts/ },
    { name: 'seeded content check', testMatch: /seeded-content\.teardown\.ts/ },
    {
      name: 'chromium',
      dependencies: ['seeded content'],
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: useSystemChromium
          ? {
              args: [
                '--no-sandbox',
                '--disable-gpu',
                '--disable-dev-shm-usage',
                '--disable-background-networking',
                '--disable-component-update',
                '--no-first-run',
              ],
              executablePath: SYSTEM_CHROMIUM,
            }
          : {},
      },
    },
  ],
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  retries: process.env.CI ? 1 : 0,
  testDir: './e2e',
  timeout: 90_000,
  use: {
    baseURL,
    trace: 'on-first-retry',
    viewport: { height: 900, width: 1280 },
  },
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    env: { E2E_PORT: String(port) },
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    stdout: 'pipe',
    timeout: 180_000,
    url: `${baseURL}/api/users/me`,
  },
  workers: 1,
})
