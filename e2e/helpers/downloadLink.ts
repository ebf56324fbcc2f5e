import type { Page } from '@playwright/test'

import fs from 'node:fs'

/** Clicks the page's download link called `name` and returns the file's suggested name and bytes. */
export const downloadLink = async (page: Page, { name }: { name: string }) => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { exact: true, name }).click(),
  ])
  return { bytes: new Uint8Array(fs.readFileSync(await download.path())), fileName: download.suggestedFilename() }
}
