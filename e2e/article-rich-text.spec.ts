import { expect, test } from './fixtures'
import { chooseOption, publishFromReviewPanel, saveDraft } from './helpers/admin'
import { loginAs } from './helpers/login'
import { createPublished, publishThroughWorkflow } from './helpers/workflow'

test('should publish an article with a footnote, a country mention and a live figure that follows corrections', async ({
  admin,
  page,
}) => {
  // The demo admin publishes what the demo editor writes (four eyes).
  const suffix = `${test.info().workerIndex}-${Date.now().toString(36)}`
  const title = `Corridor notes ${suffix}`
  const subject = `Rail freight ${suffix}`
  await loginAs(page, 'editor')

  const observationId = await test.step('record the figure the article will cite', async () => {
    const idOf = async (collection: string, field: string, value: string) => {
      const response = await page.request.get(
        `/api/${collection}?where[${field}][equals]=${encodeURIComponent(value)}&depth=0`,
      )
      return (await response.json()).docs[0].id as number
    }
    const doc = await createPublished({
      author: page.request,
      collection: 'observations',
      data: {
        country: await idOf('countries', 'iso3', 'KAZ'),
        indicator: await idOf('indicators', 'slug', 'bilateral-trade-volume'),
        partner: await idOf('countries', 'iso3', 'UZB'),
        period: { kind: 'year', year: 2024 },
        qualifier: 'actual',
        source: { url: 'https://stat.example.org/rail' },
        subject,
        value: 2_500_000_000,
      },
      publisher: admin,
    })
    return doc.id
  })

  await test.step('write the article in the admin editor', async () => {
    await page.goto('/admin/collections/articles/create')
    await page.getByLabel('Title').fill(title)
    await page.getByLabel('Dek').fill('How the corridor numbers add up.')
    const body = page.getByRole('textbox', { name: 'Body' })
    await body.click()
    await page.keyboard.type('Trade between Kazakhstan and ')

    await page.getByRole('button', { name: 'Mention a country' }).click()
    await page.getByRole('searchbox', { name: 'Country to mention' }).fill('Uzbek')
    await page.getByRole('button', { name: /^Uzbekistan/ }).click()
    await page.keyboard.type(' reached ')

    await page.getByRole('button', { name: 'Insert a live figure' }).click()
    await page.getByRole('searchbox', { name: /Observation to show/ }).fill(subject)
    await page.getByRole('button', { name: new RegExp(subject) }).click()
    await page.keyboard.type(' in eight months.')

    await page.getByRole('button', { name: 'Insert an image' }).click()
    await page.getByRole('searchbox', { name: 'Image from the media library' }).fill('Flag of Uzbekistan')
    await page.getByRole('button', { name: /^Flag of Uzbekistan/ }).click()
    await expect(page.getByLabel('Credit')).toHaveValue('flag-icons (MIT licence)')
    await page.getByLabel('Caption', { exact: true }).fill('The flag of Uzbekistan')
    await page.getByRole('button', { name: 'Insert image' }).click()

    await page.getByRole('textbox', { name: 'Body' }).getByText('in eight months.').click()
    await page.keyboard.press('End')
    await page.getByRole('button', { name: 'Footnote' }).click()
    await page.getByLabel('Source title *').fill('Customs statistics for January–August')
    await page.getByLabel('Source address').fill('https://stat.example.org/kz-uz')
    await page.getByLabel('Accessed on').fill('2025-10-15')
    await page.getByRole('button', { name: 'Insert footnote' }).click()

    await page.getByRole('textbox', { name: 'Body' }).getByTitle('Customs statistics for January–August').click()
    await page.getByRole('button', { name: 'Edit the selected footnote' }).click()
    await expect(page.getByLabel('Source title *')).toHaveValue('Customs statistics for January–August')
    await page.getByLabel('Publisher').fill('State Revenue Committee')
    await page.getByRole('button', { name: 'Update footnote' }).click()

    await chooseOption(page, { field: 'Authors', option: 'Crossroads Desk' })
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/admin-article-editor.png' })
    const articleId = await saveDraft(page)
    await page.context().clearCookies()
    await loginAs(page, 'admin')
    await page.goto(`/admin/collections/articles/${articleId}`)
    await publishFromReviewPanel(page)
    await page.context().clearCookies()
    await loginAs(page, 'editor')
  })

  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-')

  await test.step('read it on the public site', async () => {
    await page.goto(`/articles/${slug}`)
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    const prose = page.locator('.prose')
    await expect(prose.getByRole('link', { name: 'Uzbekistan' })).toHaveAttribute('href', '/countries/uzbekistan')
    await expect(prose.getByRole('link', { name: '$2.5 bn (2024)' })).toHaveAttribute(
      'href',
      '/indicators/bilateral-trade-volume',
    )
    await expect(prose.getByRole('link', { exact: true, name: 'Note 1' })).toHaveAttribute('href', /#note-n/)
    const notes = page.getByRole('region', { name: 'Notes' }).or(page.locator('section[aria-labelledby="notes-title"]'))
    await expect(notes.getByRole('link', { name: 'Customs statistics for January–August' })).toHaveAttribute(
      'href',
      'https://stat.example.org/kz-uz',
    )
    await expect(notes).toContainText('State Revenue Committee (accessed 15 October 2025)')
    const figure = page.getByRole('figure', { name: /The flag of Uzbekistan/ })
    await expect(figure.getByRole('img', { name: 'Flag of Uzbekistan' })).toBeVisible()
    await expect(figure).toContainText('flag-icons (MIT licence)')
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/article-rich-text.png' })
  })

  await test.step('correct the observation and see the article follow', async () => {
    await page.goto(`/admin/collections/observations/${observationId}`)
    await page.getByRole('spinbutton', { exact: true, name: 'Value *' }).fill('2700000000')
    await page.getByRole('button', { name: 'Save Draft' }).click()
    await expect(page.getByRole('spinbutton', { exact: true, name: 'Value *' })).toHaveValue('2700000000')
    await expect(page.getByRole('region', { name: 'Review' })).toContainText('Draft')
    await publishThroughWorkflow(admin, 'observations', observationId)
    await expect
      .poll(async () => (await (await page.request.get(`/api/observations/${observationId}?depth=0`)).json()).value)
      .toBe(2_700_000_000)

    await page.goto(`/articles/${slug}`)
    await expect(page.locator('.prose').getByRole('link', { name: '$2.7 bn (2024)' })).toBeVisible()
  })
  await admin.dispose()
})
