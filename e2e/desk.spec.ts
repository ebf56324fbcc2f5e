import type { Page } from '@playwright/test'

import { expect, test, uniqueSuffix } from './fixtures'
import { loginAs } from './helpers/login'

const switchTo = async (page: Page, role: 'analyst' | 'editor') => {
  await page.context().clearCookies()
  await loginAs(page, role)
}

/** A calendar day `days` from now, as a date input takes it. */
const dayFromNow = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)

test('should put a change an analyst assigned to an editor at the top of that editor’s desk and queue', async ({
  countries,
  editor,
  page,
}, testInfo) => {
  const country = await countries.create({ name: `Desk Test Republic ${uniqueSuffix(testInfo)}` })
  const me = (await (await editor.get('/api/users/me')).json()) as { user: { id: number; name: string } }
  const due = dayFromNow(5)

  await test.step('analyst edits the country and submits it to the editor with a due date', async () => {
    await loginAs(page, 'analyst')
    await page.goto(`/admin/collections/countries/${country.id}`)
    await page.getByLabel('Capital').fill('Desk City')
    const review = page.getByRole('region', { name: 'Review' })
    await review.getByLabel('Reviewer').selectOption({ label: me.user.name })
    await review.getByLabel('Review due (optional)').fill(due)
    await review.getByRole('button', { name: 'Submit for review' }).click()
    await expect(review).toContainText('In review')
    await expect(review).toContainText(`Reviewer: ${me.user.name}`)
  })

  await test.step('the assignment is stored with the change', async () => {
    const stored = (await (await editor.get(`/api/countries/${country.id}?draft=true&depth=0`)).json()) as {
      assignedTo: number
      dueAt: string
      workflowStatus: string
    }
    expect(stored).toMatchObject({ assignedTo: me.user.id, dueAt: `${due}T23:59:59.999Z`, workflowStatus: 'in_review' })
  })

  await test.step('the editor opens the admin on the desk, the change first in “Assigned to me”', async () => {
    await switchTo(page, 'editor')
    await page.goto('/admin')
    await expect(page.getByRole('heading', { level: 1, name: 'Desk' })).toBeVisible()
    const mine = page.getByRole('region', { name: /Assigned to me/ })
    await expect(mine.getByRole('row').nth(1)).toContainText(country.name)
    await expect(mine.getByRole('row').nth(1)).toContainText('Analyst')
    await expect(page.getByRole('link', { name: 'All collections' })).toBeVisible()
    await page.screenshot({ fullPage: true, path: testInfo.outputPath('desk-editor.png') })
  })

  await test.step('the queue filters by reviewer', async () => {
    await page.goto('/admin/review')
    const filters = page.getByRole('combobox', { name: 'Assigned to' })
    await filters.selectOption({ label: 'Me' })
    await page.getByRole('button', { name: 'Filter' }).click()
    await expect(page).toHaveURL(/assignee=me/)
    const row = page.getByRole('row', { name: new RegExp(country.name) })
    await expect(row).toContainText(me.user.name)
    await page.screenshot({ fullPage: true, path: testInfo.outputPath('queue-mine.png') })

    await page.getByRole('combobox', { name: 'Assigned to' }).selectOption({ label: 'Nobody (the desk)' })
    await page.getByRole('button', { name: 'Filter' }).click()
    await expect(page).toHaveURL(/assignee=none/)
    await expect(page.getByRole('heading', { name: 'Changes waiting for review' })).toBeVisible()
    await expect(page.getByRole('row', { name: new RegExp(country.name) })).toHaveCount(0)
  })

  await test.step('Payload’s grid of collections is one click from the desk', async () => {
    await page.goto('/admin')
    await page.getByRole('link', { name: 'All collections' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'All collections' })).toBeVisible()
    await expect(page.getByRole('link', { name: /Show all Countries/i })).toBeVisible()
  })
})

test('should show an analyst their drafts and what waits for review on their desk', async ({
  countries,
  page,
}, testInfo) => {
  const country = await countries.create({ name: `Desk Draft Land ${uniqueSuffix(testInfo)}` })
  await loginAs(page, 'analyst')
  await page.goto(`/admin/collections/countries/${country.id}`)
  await page.getByLabel('Capital').fill('Draft Town')
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await expect(
    page.getByRole('region', { name: 'Review' }).getByRole('button', { name: 'Submit for review' }),
  ).toBeEnabled()

  await page.goto('/admin')
  await expect(page.getByRole('heading', { level: 1, name: 'Desk' })).toBeVisible()
  await expect(page.getByRole('region', { name: /My drafts/ })).toContainText(country.name)
  await page.screenshot({ fullPage: true, path: testInfo.outputPath('desk-analyst.png') })
})
