import type { Page } from '@playwright/test'

import { expect, test as base } from './fixtures'
import { loginAs } from './helpers/login'

const QUESTION = 'Is this in thousands or millions? Please check the source table.'
const ANSWER = 'Millions: the source table header says “USD million”. Unit fixed.'

/** Comments the test writes on a document are removed afterwards, as the admin (replies go with their thread). */
const test = base.extend<{ commentsOn: (collection: string, id: number) => void }>({
  commentsOn: async ({ admin }, provide) => {
    const documents: { collection: string; id: number }[] = []
    await provide((collection, id) => documents.push({ collection, id }))
    for (const { collection, id } of documents) {
      const response = await admin.delete(
        `/api/review-comments?where[documentCollection][equals]=${collection}&where[documentId][equals]=${id}`,
      )
      expect(response.ok(), await response.text()).toBe(true)
    }
  },
})

const switchTo = async (page: Page, role: 'analyst' | 'editor') => {
  await page.context().clearCookies()
  await loginAs(page, role)
}

test('should let an editor ask about a figure’s value with a mention, the analyst answer, and the editor resolve it', async ({
  analyst,
  commentsOn,
  countries,
  editor,
  observations,
  page,
}) => {
  const country = await countries.create({ name: 'Comment Test Republic' })
  const observation = await observations.create({
    country: country.id,
    indicator: 'bilateral-trade-growth',
    value: 18.5,
  })
  commentsOn('observations', observation.id)
  const changed = await analyst.patch(`/api/observations/${observation.id}?draft=true`, { data: { value: 1850 } })
  expect(changed.ok(), await changed.text()).toBe(true)
  const submitted = await analyst.post(`/api/observations/${observation.id}/workflow/submit`)
  expect(submitted.ok(), await submitted.text()).toBe(true)
  const reviewPath = `/admin/review/observations/${observation.id}`
  const threadOnValue = page.getByRole('region', { name: 'Comments on “Value”' }).getByRole('article')

  await test.step('editor comments on the value and mentions the analyst', async () => {
    await loginAs(page, 'editor')
    await page.goto(reviewPath)
    await page.getByRole('row', { name: /^Value/ }).getByRole('link', { name: 'Comment on Value' }).click()
    await expect(page.getByLabel('About')).toHaveValue('value')
    const box = page.getByRole('combobox', { exact: true, name: 'Comment' })
    await expect(box).toBeFocused()
    await box.pressSequentially('@Arman')
    await expect(page.getByRole('option', { name: /Arman Analyst/ })).toBeVisible()
    await page
      .getByRole('region', { name: /^Comments/ })
      .first()
      .screenshot({
        path: 'test-results/screenshots/review-comments-mention.png',
      })
    await page.getByRole('option', { name: /Arman Analyst/ }).click()
    await expect(box).toHaveValue('@analyst@crossroads.example ')
    await box.pressSequentially(QUESTION)
    await page.getByRole('button', { name: 'Add comment' }).click()
    await expect(threadOnValue).toContainText(QUESTION)
    await expect(threadOnValue.getByText('@analyst@crossroads.example', { exact: true })).toBeVisible()
    await expect(page.getByRole('row', { name: /^Value/ }).getByRole('link', { name: '1 open on Value' })).toBeVisible()
  })

  await test.step('a mention of someone who is not staff is refused with the reason', async () => {
    await page.getByRole('combobox', { exact: true, name: 'Comment' }).fill('Ask @someone@elsewhere.example')
    await page.getByRole('button', { name: 'Add comment' }).click()
    await expect(
      page.getByRole('alert').filter({ hasText: 'Nobody on the staff has the address @someone@elsewhere.example' }),
    ).toBeVisible()
  })

  await test.step('the analyst opens the thread from the edit view and replies', async () => {
    await switchTo(page, 'analyst')
    await page.goto(`/admin/collections/observations/${observation.id}`)
    await page.getByRole('region', { name: 'Review' }).getByRole('link', { name: '1 open comment thread' }).click()
    await expect(page).toHaveURL(new RegExp(`${reviewPath}#comments$`))
    await expect(threadOnValue).toContainText(QUESTION)
    // An editor's thread is the editor's to resolve.
    await expect(threadOnValue.getByRole('button', { name: 'Resolve' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Approve and publish' })).toHaveCount(0)
    await threadOnValue.getByRole('button', { name: 'Reply' }).click()
    await threadOnValue.getByRole('combobox', { name: 'Your reply' }).fill(ANSWER)
    await threadOnValue.getByRole('button', { name: 'Send reply' }).click()
    await expect(threadOnValue.getByRole('listitem')).toContainText(ANSWER)
  })

  await test.step('the editor sees the answer and resolves the thread', async () => {
    await switchTo(page, 'editor')
    await page.goto(reviewPath)
    await expect(threadOnValue.getByRole('listitem')).toContainText('Arman Analyst')
    await page
      .getByRole('region', { name: /^Comments/ })
      .first()
      .screenshot({
        path: 'test-results/screenshots/review-comments-open.png',
      })
    await threadOnValue.getByRole('button', { name: 'Resolve' }).click()
    await expect(threadOnValue).toContainText('Resolved by Elena Editor')
    await expect(threadOnValue.getByRole('button', { name: 'Reopen' })).toBeVisible()
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/review-comments.png' })
  })

  await test.step('the thread is stored resolved, with the mention and the reply', async () => {
    const response = await editor.get(
      `/api/review-comments?depth=0&sort=createdAt&where[documentId][equals]=${observation.id}&where[documentCollection][equals]=observations`,
    )
    const { docs } = (await response.json()) as {
      docs: { body: string; field: string; mentions: number[]; parent: null | number; status: null | string }[]
    }
    expect(docs).toHaveLength(2)
    expect(docs[0]).toMatchObject({ field: 'value', parent: null, status: 'resolved' })
    expect(docs[0].mentions).toHaveLength(1)
    expect(docs[1]).toMatchObject({ body: ANSWER, field: 'value' })
  })
})
