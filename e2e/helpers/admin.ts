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

/** Publishes the open document and waits until the saved document reports itself published. */
export const publish = async (page: Page) => {
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/[a-z-]+\/\d+/)
  await expect(page.getByRole('main').getByText('Status: Published')).toBeVisible()
}
