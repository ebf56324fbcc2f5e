import type { Page } from '@playwright/test'

import { expect } from '@playwright/test'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Picks an option in one of the admin's select or relationship fields, found by its label. Payload's
 * react-select combobox has no accessible name of its own, hence the scoping by field type.
 */
export const chooseOption = async (page: Page, { field, option }: { field: string; option: string }) => {
  const container = page
    .locator('.field-type.select, .field-type.relationship')
    .filter({ has: page.locator('label', { hasText: new RegExp(`^${escape(field)}\\s*\\*?$`) }) })
  await container.getByRole('combobox').click()
  await page.keyboard.type(option)
  await page.getByRole('option', { name: option }).first().click()
  await expect(container).toContainText(option)
}

/** Saves the open document as a draft and returns its ID once it has an address of its own. */
export const saveDraft = async (page: Page): Promise<string> => {
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/[a-z-]+\/\d+/)
  await expect(page.getByRole('region', { name: 'Review' })).toContainText('Draft')
  return /\/(\d+)(?:\?|$)/.exec(page.url())![1]
}

/** Publishes the open, saved document from the review panel and waits until it is live. */
export const publishFromReviewPanel = async (page: Page) => {
  const panel = page.getByRole('region', { name: 'Review' })
  await panel.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(panel).toContainText('Readers see the published version.')
}

/**
 * Takes over, whenever Payload says so, a document another account left open for editing in the
 * same browser (document locking), as a person arriving at it would.
 */
export const takeOverLockedDocuments = async (page: Page) => {
  await page.addLocatorHandler(page.getByRole('dialog', { name: 'document-locked' }), async (dialog) => {
    await dialog.getByRole('button', { name: 'Take over' }).click()
  })
}
