import { expect, test, uniqueSuffix } from './fixtures'
import { loginAs } from './helpers/login'

/**
 * Notifications in the admin: an editor told of an analyst's submission sees the unread count in
 * the header and the item in the list, and opening it marks it read; preferences are saved from
 * the account page. The mail side is checked against a real SMTP server in
 * lib/notifications/notifications.int.test.ts.
 */

type Preferences = Record<string, boolean | null | string>

const myPreferences = async (request: { get: (url: string) => Promise<{ json: () => Promise<unknown> }> }) =>
  (
    (await (await request.get('/api/users/me')).json()) as {
      user: { id: number; notificationPreferences: Preferences }
    }
  ).user

test.afterEach(async ({ editor }) => {
  const { id } = await myPreferences(editor)
  const restored = await editor.patch(`/api/users/${id}`, {
    data: { notificationPreferences: { delivery: 'immediately', published: true } },
  })
  expect(restored.ok(), await restored.text()).toBe(true)
})

test('should show an editor the unread submission and mark it read when opened', async ({
  analyst,
  countries,
  page,
}, testInfo) => {
  const country = await countries.create({ name: `Notified Republic ${uniqueSuffix(testInfo)}` })
  const title = `For review: ${country.name}`

  await test.step('analyst changes the country and submits it', async () => {
    const saved = await analyst.patch(`/api/countries/${country.id}?draft=true`, { data: { capital: 'Newtown' } })
    expect(saved.ok(), await saved.text()).toBe(true)
    const submitted = await analyst.post(`/api/countries/${country.id}/workflow/submit`)
    expect(submitted.ok(), await submitted.text()).toBe(true)
  })

  await test.step('editor sees the unread count in the admin header and the item in the list', async () => {
    await loginAs(page, 'editor')
    await page.goto('/admin')
    const link = page.getByRole('link', { name: /^Notifications, \d+ unread$/ })
    await expect(link).toBeVisible()
    await page.screenshot({
      clip: { height: 140, width: 1280, x: 0, y: 0 },
      path: testInfo.outputPath('notifications-badge.png'),
    })
    await link.click()
    await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible()
    const item = page.getByRole('list', { name: 'Your notifications' }).getByRole('listitem').filter({ hasText: title })
    await expect(item).toContainText('Unread')
    await expect(item).toContainText('submitted')
    await page.screenshot({ fullPage: true, path: testInfo.outputPath('notifications-list.png') })
  })

  await test.step('opening it goes to the review screen and marks it read', async () => {
    await page.getByRole('link', { name: title }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/review/countries/${country.id}$`))
    const answer = await page.request.get(
      `/api/notifications?where[documentId][equals]=${country.id}&where[kind][equals]=submitted&depth=0`,
    )
    const { docs } = (await answer.json()) as { docs: { readAt: null | string }[] }
    expect(docs).toHaveLength(1)
    expect(docs[0].readAt).toEqual(expect.any(String))
    await page.goto('/admin/notifications')
    const item = page.getByRole('list', { name: 'Your notifications' }).getByRole('listitem').filter({ hasText: title })
    await expect(item).not.toContainText('Unread')
  })
})

test('should save notification preferences from the account page', async ({ page }, testInfo) => {
  await loginAs(page, 'editor')
  await page.goto('/admin/account')
  const published = page.getByRole('checkbox', { name: 'My change was published' })
  await expect(published).toBeChecked()
  await published.uncheck()
  // Payload draws its own radio button over the input, so the label takes the click.
  await page.getByText('One digest a day', { exact: true }).click()
  await expect(page.getByRole('radio', { name: 'One digest a day' })).toBeChecked()
  await page.screenshot({ fullPage: true, path: testInfo.outputPath('notification-preferences.png') })
  await page.getByRole('button', { name: 'Save' }).click()
  await expect
    .poll(async () => (await myPreferences(page.request)).notificationPreferences)
    .toMatchObject({ delivery: 'dailyDigest', published: false })
})
