import type { SeededSnapshot } from './helpers/seededContent'

import { expect, test as teardown } from '@playwright/test'
import fs from 'node:fs'

import { DEMO, signedInClient } from './helpers/login'
import { SNAPSHOT_FILE, seededContentChanges, snapshotSeededContent } from './helpers/seededContent'

/** Tests own their data: after every spec ran, the seeded content is as the setup project found it. */
teardown('should leave the seeded content as the specs found it', async ({ baseURL, playwright }) => {
  const before = JSON.parse(fs.readFileSync(SNAPSHOT_FILE, 'utf8')) as SeededSnapshot
  const admin = await signedInClient(playwright.request, { baseURL, credentials: DEMO.admin })
  const after = await snapshotSeededContent(admin)
  await admin.dispose()
  expect(seededContentChanges(before, after), 'seeded documents a spec changed and did not restore').toEqual([])
})
