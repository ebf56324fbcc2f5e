import type { Page } from '@playwright/test'

import { expect, test } from './fixtures'
import { loginAs } from './helpers/login'

const ADDED_SENTENCE = 'Both governments now describe the corridor as a shared priority.'
const REVISED_SENTENCE = 'Officials in both capitals call it a shared priority.'
const COMMENT = 'Attribute this claim to a named official or drop it.'

const switchTo = async (page: Page, role: 'analyst' | 'editor') => {
  await page.context().clearCookies()
  await loginAs(page, role)
}

/** Appends text at the very end of the article body in the Tiptap editor and saves the draft. */
const appendToBody = async (page: Page, text: string) => {
  const body = page.getByRole('textbox', { name: 'Body' })
  await body.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(` ${text}`)
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await expect(page.getByRole('button', { name: /submit for review/i })).toBeEnabled()
}

test('should take an analyst’s changes through review to the public pages', async ({
  articles,
  countries,
  observations,
  page,
}) => {
  // The test's own published article (under the analyst's byline) and figure, not seeded ones.
  const country = await countries.create({ name: 'Workflow Test Republic' })
  const article = await articles.create({
    body: 'The corridor between the two capitals opened to freight in 2024.',
    countries: [country.id],
    title: 'Workflow test corridor',
  })
  const observation = await observations.create({
    country: country.id,
    indicator: 'bilateral-trade-growth',
    value: 18.5,
  })
  await loginAs(page, 'analyst')

  await test.step('analyst edits the published article and an observation, and submits both', async () => {
    await page.goto(`/admin/collections/articles/${article.id}`)
    await appendToBody(page, ADDED_SENTENCE)
    await page.getByRole('button', { name: 'Submit for review' }).click()
    await expect(page.getByRole('region', { name: 'Review' })).toContainText('In review')

    await page.goto(`/admin/collections/observations/${observation.id}`)
    // Submitting with unsaved edits saves them as the draft first.
    await page.getByLabel(/^Value/).fill('19.5')
    await expect(page.getByRole('region', { name: 'Review' })).toContainText('saved as a draft first')
    await page.getByRole('button', { name: 'Submit for review' }).click()
    await expect(page.getByRole('region', { name: 'Review' })).toContainText('In review')
  })

  await test.step('editor sees both in the queue, with the text diff and the numeric delta', async () => {
    await switchTo(page, 'editor')
    await page.goto('/admin')
    await expect(page.getByText(/\d+ changes wait for review/)).toBeVisible()
    const panel = page.getByRole('region', { name: /Waiting for review/ })
    await panel.getByRole('link', { name: /Open the review queue/ }).click()
    await expect(page).toHaveURL(/\/admin\/review$/)
    const queue = page.getByRole('table')
    await expect(queue.getByRole('link', { name: article.title })).toBeVisible()
    await expect(queue.getByRole('link', { name: observation.title })).toBeVisible()
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/workflow-review-queue.png' })

    await queue.getByRole('link', { name: observation.title }).click()
    const valueRow = page.getByRole('row', { name: /^Value/ })
    // As readers will read it (unit and period), then the exact stored numbers with the delta.
    await expect(valueRow).toContainText(/18\.5% · \S.* → 19\.5% · \S/)
    await expect(valueRow).toContainText('18.5 → 19.5 +1 (+5.4 %)')
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/workflow-review-observation.png' })
    await page.getByRole('button', { name: 'Approve and publish' }).click()
    await expect(page.getByText('This document is not waiting for review.')).toBeVisible()
  })

  await test.step('editor requests changes to the article with a comment', async () => {
    await page.goto(`/admin/review/articles/${article.id}`)
    await expect(
      page.getByRole('row', { name: /Body/ }).getByRole('insertion').filter({ hasText: ADDED_SENTENCE }),
    ).toBeVisible()
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/workflow-review-article.png' })
    await page.getByRole('button', { name: 'Request changes' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'a comment is required' })).toBeVisible()
    await page.getByLabel('Comment for the author').fill(COMMENT)
    await page.getByRole('button', { name: 'Request changes' }).click()
    await expect(page.getByText('This document is not waiting for review.')).toBeVisible()
  })

  await test.step('analyst sees the comment, revises and resubmits', async () => {
    await switchTo(page, 'analyst')
    await page.goto(`/admin/collections/articles/${article.id}`)
    const panel = page.getByRole('region', { name: 'Review' })
    await expect(panel.getByRole('note')).toContainText(COMMENT)
    await panel.screenshot({ path: 'test-results/screenshots/workflow-analyst-comment.png' })
    // The added sentence ends the document, so the revision replaces it from the end.
    await page.getByRole('textbox', { name: 'Body' }).click()
    await page.keyboard.press('Control+End')
    for (let index = 0; index < ADDED_SENTENCE.length; index++) {
      await page.keyboard.press('Backspace')
    }
    await page.keyboard.type(REVISED_SENTENCE)
    await page.getByRole('button', { name: 'Save Draft' }).click()
    await expect(page.getByRole('button', { name: 'Resubmit for review' })).toBeEnabled()
    await page.getByRole('button', { name: 'Resubmit for review' }).click()
    await expect(panel).toContainText('In review')
  })

  await test.step('editor approves the revised article', async () => {
    await switchTo(page, 'editor')
    await page.goto(`/admin/review/articles/${article.id}`)
    await expect(
      page.getByRole('row', { name: /Body/ }).getByRole('insertion').filter({ hasText: REVISED_SENTENCE }),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Approve and publish' }).click()
    await expect(page.getByText('This document is not waiting for review.')).toBeVisible()
    const trail = page.getByRole('region', { name: 'Audit trail' }).getByRole('listitem')
    await expect(trail).toHaveCount(5)
    // The fixture's article went live through the workflow (a seeded one would start with "Created").
    await expect(trail.nth(0)).toContainText('Publish: ')
    await expect(trail.nth(0)).toContainText('Draft → Published')
    await expect(trail.nth(1)).toContainText('Draft → In review')
    await expect(trail.nth(2)).toContainText('In review → Changes requested')
    await expect(trail.nth(2)).toContainText(COMMENT)
    await expect(trail.nth(3)).toContainText('Changes requested → In review')
    // Approval publishes in the same write, so there is no moment at which it is approved but unpublished.
    await expect(trail.nth(4)).toContainText('Approve: ')
    await expect(trail.nth(4)).toContainText('In review → Published')
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/workflow-audit-trail.png' })
  })

  await test.step('readers see the new text and the new number', async () => {
    await page.context().clearCookies()
    await page.goto(article.path)
    await expect(page.getByText(REVISED_SENTENCE)).toBeVisible()
    await expect(page.getByText(ADDED_SENTENCE)).toHaveCount(0)
    await page.goto('/indicators/bilateral-trade-growth')
    await expect(page.getByRole('table')).toContainText('19.5')
  })
})
