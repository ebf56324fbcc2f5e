import { test as setup } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'

import { DEMO, signedInClient } from './helpers/login'
import { SNAPSHOT_FILE, snapshotSeededContent } from './helpers/seededContent'

/**
 * Records the seeded content before any spec runs; the teardown project
 * (e2e/seeded-content.teardown.ts) fails the run if a spec left any of it changed.
 */
setup('should record the seeded content before the specs run', async ({ baseURL, playwright }) => {
  const admin = await signedInClient(playwright.request, { baseURL, credentials: DEMO.admin })
  const snapshot = await snapshotSeededContent(admin)
  await admin.dispose()
  fs.mkdirSync(path.dirname(SNAPSHOT_FILE), { recursive: true })
  fs.writeFileSync(SNAPSHOT_FILE, JSON.stringify(snapshot))
})
