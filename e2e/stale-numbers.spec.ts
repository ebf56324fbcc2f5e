import { loginAs } from './helpers/login'
import { changePublished } from './helpers/workflow'
import { expect, test } from './fixtures'

const INDICATOR = 'bilateral-trade-volume'
const YEAR = 2019

test.describe('stale-number check', () => {
  test('should list a published article quoting a changed figure as may be out of date and show the correction note an editor published', async ({
    articles,
    countries,
    editor,
    observations,
    page,
    secondEditor,
  }) => {
    const reporter = await countries.create({ name: 'Staleland' })
    const partner = await countries.create({ name: 'Stalepartner' })
    const figure = await observations.create({
      country: reporter.id,
      indicator: INDICATOR,
      partner: partner.id,
      value: 1_200_000_000,
      year: YEAR,
    })
    const liveSentence = `Trade with its neighbour reached $1.2 bn in ${YEAR}.`
    const typedSentence = `Turnover of $1.2 bn in ${YEAR} was the highest on record.`
    const correction = `An earlier version gave the ${YEAR} turnover as $1.2 bn; the customs office has revised it to $1.5 bn.`
    const article = await articles.create({
      body: {
        content: [
          {
            content: [
              { text: 'Trade with its neighbour reached ', type: 'text' },
              { attrs: { label: '$1.2 bn', observationId: String(figure.id) }, type: 'indicatorFigure' },
              { text: ` in ${YEAR}. Officials welcomed it.`, type: 'text' },
            ],
            type: 'paragraph',
          },
          { content: [{ text: `${typedSentence} Few expected it.`, type: 'text' }], type: 'paragraph' },
        ],
        type: 'doc',
      },
      countries: [reporter.id],
      title: 'Staleland trade at a record',
    })

    await test.step('an editor approves a revised value of the figure', async () => {
      await changePublished({
        author: editor,
        collection: 'observations',
        data: { changeReason: 'The customs office revised its release.', value: 1_500_000_000 },
        id: figure.id,
        publisher: secondEditor,
      })
    })

    await test.step('the review queue lists both sentences with old → new value', async () => {
      await loginAs(page, 'editor')
      await page.goto('/admin/review')
      const section = page.getByRole('region', { name: 'May be out of date' })
      await expect(section).toBeVisible()
      const rows = section.getByRole('row').filter({ hasText: article.title })
      await expect(rows).toHaveCount(2)
      for (const sentence of [liveSentence, typedSentence]) {
        const row = rows.filter({ hasText: sentence })
        await expect(row).toContainText('$1.2 bn → $1.5 bn')
        await expect(row.getByRole('link', { name: figure.title })).toHaveAttribute(
          'href',
          `/admin/collections/observations/${figure.id}`,
        )
        await expect(row.getByRole('link', { name: article.title })).toHaveAttribute(
          'href',
          `/admin/collections/articles/${article.id}`,
        )
      }
      await section.scrollIntoViewIfNeeded()
      await page.screenshot({ fullPage: true, path: 'test-results/screenshots/stale-numbers-queue.png' })
    })

    await test.step('the editor finds the live figure still correct and writes a correction for the typed number', async () => {
      const section = page.getByRole('region', { name: 'May be out of date' })
      const liveRow = section.getByRole('row').filter({ hasText: liveSentence })
      await liveRow.getByRole('button', { name: `Still correct: ${article.title}` }).click()
      await expect(liveRow).toHaveCount(0)
      const typedRow = section.getByRole('row').filter({ hasText: typedSentence })
      await typedRow.getByRole('button', { name: `Add a correction note: ${article.title}` }).click()
      await typedRow.getByLabel(/Correction readers will see/).fill(correction)
      await typedRow.getByRole('button', { name: 'Send the correction for review' }).click()
      await expect(section.getByRole('row').filter({ hasText: article.title })).toHaveCount(0)
    })

    await test.step('the article waits for review with the note in its changes', async () => {
      await page.goto(`/admin/review/articles/${article.id}`)
      await expect(page.getByRole('row').filter({ hasText: 'Corrections' })).toContainText(correction)
    })

    await test.step('readers see the dated note once a second editor approves the article', async () => {
      await page.goto(article.path)
      await expect(page.getByRole('complementary', { name: 'Correction' })).toHaveCount(0)
      const approved = await secondEditor.post(`/api/articles/${article.id}/workflow/approve`)
      expect(approved.ok(), await approved.text()).toBe(true)
      await page.goto(article.path)
      const note = page.getByRole('complementary', { name: 'Correction' })
      await expect(note).toContainText(correction)
      await expect(note.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/)
      await note.scrollIntoViewIfNeeded()
      await page.screenshot({ fullPage: true, path: 'test-results/screenshots/stale-numbers-correction.png' })
    })
  })
})
