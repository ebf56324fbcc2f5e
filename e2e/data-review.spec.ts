import type { APIRequestContext } from '@playwright/test'

import { expect, test } from './fixtures'
import { loginAs } from './helpers/login'

const SCREENSHOTS = 'test-results/screenshots'
const INDICATOR = 'power-plant-capacity'

type StoredFigure = {
  _status: string
  anomaly?: { flags?: { code: string }[]; isFlagged?: boolean }
  id: number
  period: { year: number }
  reviewComment?: null | string
  submission?: null | string
  value: number
  workflowStatus: string
}

const figuresOf = async (client: APIRequestContext, subject: string, { draft }: { draft: boolean }) => {
  const query = `where[subject][equals]=${encodeURIComponent(subject)}&depth=0&sort=period.year&limit=20${draft ? '&draft=true' : ''}`
  const response = await client.get(`/api/observations?${query}`)
  expect(response.ok(), await response.text()).toBe(true)
  return ((await response.json()) as { docs: StoredFigure[] }).docs
}

test('should flag a scale slip in an analyst’s spreadsheet and let an editor approve the rest and send it back', async ({
  countries,
  editor,
  observations,
  page,
  track,
}) => {
  const subject = `Synthetic e2e review ${Date.now().toString(36)}`
  const country = await countries.create({ name: 'Reviewland' })
  // The published series the new figures are scored against.
  await observations.create({ country: country.id, indicator: INDICATOR, subject, value: 1000, year: 2018 })
  await observations.create({ country: country.id, indicator: INDICATOR, subject, value: 1100, year: 2019 })

  await test.step('the analyst imports three figures, one typed in kilowatts', async () => {
    await loginAs(page, 'analyst')
    await page.goto('/admin/import/observations')
    const csv = [
      'indicator;country;period;value;unit;subject;source_url;accessed',
      `${INDICATOR};${country.name};2020;1150;MW;${subject};https://synthetic.example/review;15.10.2025`,
      `${INDICATOR};${country.name};2021;1200000;MW;${subject};https://synthetic.example/review;15.10.2025`,
      `${INDICATOR};${country.name};2022;1250;MW;${subject};https://synthetic.example/review;15.10.2025`,
    ].join('\r\n')
    await page
      .getByLabel('Spreadsheet (CSV or XLSX)')
      .setInputFiles({ buffer: Buffer.from(csv), mimeType: 'text/csv', name: 'synthetic-review.csv' })
    await expect(page.getByRole('region', { name: 'Dry run' })).toContainText('3 new')
    await page.getByRole('button', { name: 'Apply: create 3 and change 0, submitted for review' }).click()
    await expect(page.getByText('Imported 3 new and 0 changed observations as drafts, submitted for review.')).toBeVisible()
    await page.context().clearCookies()
  })

  const submitted = (await figuresOf(editor, subject, { draft: true })).filter((figure) => figure.period.year >= 2020)
  for (const figure of submitted) {
    track('observations', figure.id)
  }
  const [inLine, slip, later] = submitted
  expect(submitted.map((figure) => [figure.value, figure.workflowStatus, Boolean(figure.anomaly?.isFlagged)])).toEqual([
    [1150, 'in_review', false],
    [1_200_000, 'in_review', true],
    [1250, 'in_review', false],
  ])
  expect(slip.anomaly?.flags?.map((flag) => flag.code)).toContain('scaleSlip')
  const submission = slip.submission!
  expect(submitted.every((figure) => figure.submission === submission)).toBe(true)

  await test.step('the editor opens the submission from the review queue, flagged figure first', async () => {
    await loginAs(page, 'editor')
    await page.goto('/admin/review?collection=observations')
    await page.locator(`a[href="/admin/review-batch/${encodeURIComponent(submission)}"]`).click()
    await expect(page).toHaveURL(new RegExp(`/admin/review-batch/${encodeURIComponent(submission)}$`))
    const form = page.getByRole('form', { name: 'Decide the figures of this submission' })
    const rows = form.getByRole('row')
    await expect(rows.nth(1)).toContainText('2021')
    await expect(rows.nth(1)).toContainText('Likely scale slip')
    await expect(rows.nth(1).getByRole('checkbox', { name: 'Approve' })).not.toBeChecked()
    await page.screenshot({ fullPage: true, path: `${SCREENSHOTS}/review-batch.png` })

    await rows.nth(1).getByRole('checkbox', { name: 'Approve' }).check()
    await form.getByRole('button', { name: 'Approve 3 and send back 0' }).click()
    await expect(rows.nth(1).getByRole('alert')).toContainText('is flagged (Likely scale slip)')
    await expect(form.getByRole('alert').last()).toContainText('Nothing was changed')
    await page.screenshot({ fullPage: true, path: `${SCREENSHOTS}/review-batch-refused.png` })

    await rows.nth(1).getByRole('checkbox', { name: 'Send back' }).check()
    await rows.nth(1).getByLabel('Comment for the analyst').fill('Kilowatts, not megawatts? Check the source table.')
    await form.getByRole('button', { name: 'Approve 2 and send back 1' }).click()
    await expect(page.getByRole('status').filter({ hasText: '2 approved and published, 1 sent back' })).toBeVisible()
    await page.screenshot({ fullPage: true, path: `${SCREENSHOTS}/review-batch-decided.png` })
  })

  await test.step('readers see the two approved figures; the slip stays the analyst’s draft with the comment', async () => {
    await page.context().clearCookies()
    const live = await figuresOf(page.request, subject, { draft: false })
    expect(live.map((figure) => [figure.period.year, figure.value])).toEqual([
      [2018, 1000],
      [2019, 1100],
      [2020, 1150],
      [2022, 1250],
    ])
    expect(live.some((figure) => 'anomaly' in figure)).toBe(false)
    const drafts = await figuresOf(editor, subject, { draft: true })
    const sentBack = drafts.find((figure) => figure.id === slip.id)!
    expect(sentBack).toMatchObject({
      _status: 'draft',
      reviewComment: 'Kilowatts, not megawatts? Check the source table.',
      value: 1_200_000,
      workflowStatus: 'changes_requested',
    })
    expect(drafts.find((figure) => figure.id === inLine.id)?._status).toBe('published')
    expect(drafts.find((figure) => figure.id === later.id)?._status).toBe('published')
  })

  await test.step('a reader finds each approved figure’s revision log, and the figures absent the day before', async () => {
    await page.goto(`/figures/${inLine.id}`)
    const log = page.getByRole('list').filter({ hasText: 'First published' })
    await expect(log.getByRole('listitem')).toHaveCount(1)
    await expect(log).toContainText('1,150')
    const compare = `/compare?countries=${country.slug}&indicators=${INDICATOR}`
    await page.goto(compare)
    await expect(page.getByRole('link', { name: /history of this figure \(2022\)/i }).first()).toHaveAttribute(
      'href',
      `/figures/${later.id}`,
    )
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
    await page.goto(`${compare}&asOf=${yesterday}`)
    await expect(page.getByRole('status').filter({ hasText: 'Figures as published on' })).toBeVisible()
    await expect(page.getByText('0 published figures')).toBeVisible()
  })

  await test.step('the edit view reads the flags as sentences', async () => {
    await loginAs(page, 'editor')
    await page.goto(`/admin/collections/observations/${slip.id}`)
    await expect(page.getByText(/Likely scale slip \(score [\d.]+\):/)).toBeVisible()
  })
})
