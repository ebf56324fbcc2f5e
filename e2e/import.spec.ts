import type { Page } from '@playwright/test'

import { expect, test } from '@playwright/test'
import fs from 'node:fs'

import { loginAs } from './helpers/login'

const SCREENSHOTS = 'test-results/screenshots'

/** A spreadsheet of clearly synthetic values (labelled by their subject) with one unknown country. */
const syntheticCsv = (subject: string) =>
  [
    'indicator;Land;period;value;unit;subject;source_url;accessed',
    `power-plant-capacity;Kazakhstan;2030;1 111,5;MW;${subject};https://synthetic.example/e2e;15.10.2025`,
    `power-plant-capacity;Kyrgyz Republic;2030;2 222;MW;${subject};https://synthetic.example/e2e;15.10.2025`,
    `power-plant-capacity;Atlantis;2030;3 333;MW;${subject};https://synthetic.example/e2e;15.10.2025`,
  ].join('\r\n')

const uploadSpreadsheet = async (page: Page, { csv, name }: { csv: string; name: string }) => {
  await page
    .getByLabel('Spreadsheet (CSV or XLSX)')
    .setInputFiles({ buffer: Buffer.from(`\uFEFF${csv}`), mimeType: 'text/csv', name })
}

test('should import an analyst’s spreadsheet as drafts after the mapping is fixed and the bad row is reported', async ({
  page,
}) => {
  const subject = `Synthetic e2e import ${Date.now()}`
  await loginAs(page, 'analyst')

  await test.step('open the import from the observations list', async () => {
    await page.goto('/admin/collections/observations')
    await page.getByRole('link', { name: 'Import / export spreadsheet' }).click()
    await expect(page).toHaveURL(/\/admin\/import\/observations$/)
    await expect(page.getByRole('heading', { name: 'Import and export observations' })).toBeVisible()
  })

  await test.step('upload: the country column is not recognised', async () => {
    await uploadSpreadsheet(page, { csv: syntheticCsv(subject), name: 'synthetic-capacity.csv' })
    await expect(page.getByText('Map a column to: Country.')).toBeVisible()
    await expect(page.getByRole('region', { name: 'Dry run' })).toHaveCount(0)
  })

  await test.step('map the column and review the dry run', async () => {
    await page.getByLabel('Country *').selectOption({ label: 'Land' })
    await page.getByRole('button', { name: 'Check again with this mapping' }).click()
    const dryRun = page.getByRole('region', { name: 'Dry run' })
    await expect(dryRun).toContainText('2 new')
    await expect(dryRun).toContainText('1 rejected')
    await expect(page.getByRole('table', { name: 'Rejected rows' })).toContainText('Unknown country “Atlantis”')
    await expect(page.getByRole('table', { name: 'New observations' })).toContainText('1,111.5 MW')
    await page.screenshot({ fullPage: true, path: `${SCREENSHOTS}/import-observations-dry-run.png` })
  })

  await test.step('apply', async () => {
    await page.getByRole('button', { name: 'Apply: create 2 and change 0, submitted for review' }).click()
    await expect(
      page.getByText('Imported 2 new and 0 changed observations as drafts, submitted for review.'),
    ).toBeVisible()
    await page.screenshot({ fullPage: true, path: `${SCREENSHOTS}/import-observations-applied.png` })
  })

  await test.step('the drafts exist, written by the analyst, and nothing was published', async () => {
    const query = `where[subject][equals]=${encodeURIComponent(subject)}&depth=1&draft=true&sort=value`
    const drafts = (await (await page.request.get(`/api/observations?${query}`)).json()).docs
    expect(
      drafts.map((doc: { _status: string; country: { iso3: string }; value: number }) => [
        doc.country.iso3,
        doc.value,
        doc._status,
      ]),
    ).toEqual([
      ['KAZ', 1111.5, 'draft'],
      ['KGZ', 2222, 'draft'],
    ])
    await page.context().clearCookies()
    const published = (
      await (await page.request.get(`/api/observations?where[subject][equals]=${encodeURIComponent(subject)}`)).json()
    ).docs
    expect(published).toEqual([])
  })

  await test.step('an editor finds both drafts in the review queue, submitted by the analyst', async () => {
    await loginAs(page, 'editor')
    const query = `where[subject][equals]=${encodeURIComponent(subject)}&depth=0&draft=true`
    const drafts = (await (await page.request.get(`/api/observations?${query}`)).json()).docs as {
      id: number
      workflowStatus: string
    }[]
    expect(drafts.map((doc) => doc.workflowStatus)).toEqual(['in_review', 'in_review'])
    await page.goto('/admin/review?collection=observations')
    for (const { id } of drafts) {
      const row = page.getByRole('row').filter({ has: page.locator(`a[href="/admin/review/observations/${id}"]`) })
      await expect(row).toContainText('Observations')
      await expect(row).toContainText('Arman Analyst')
    }
  })
})

test('should run a spreadsheet import as a background job and export what it wrote', async ({ page }) => {
  const subject = `Synthetic e2e job ${Date.now()}`
  await loginAs(page, 'analyst')
  await page.goto('/admin/import/observations')
  await uploadSpreadsheet(page, {
    csv: [
      'indicator,country,period,value,subject,source_url',
      `power-plant-capacity,TJK,2031,4 444,${subject},https://synthetic.example/job`,
    ].join('\n'),
    name: 'synthetic-job.csv',
  })
  await expect(page.getByRole('region', { name: 'Dry run' })).toContainText('1 new')
  await page.getByRole('button', { name: 'Run as a background job' }).click()
  await expect(
    page.getByText('Imported 1 new and 0 changed observations as drafts, submitted for review.'),
  ).toBeVisible()

  const exported = await page.request.get(
    '/api/export/observations?format=csv&country=TJK&indicator=power-plant-capacity&from=2031&to=2031',
  )
  expect(exported.headers()['content-type']).toContain('text/csv')
  const lines = (await exported.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
  expect(lines[0]).toBe(
    'indicator,country,partner,subject,period,period_label,value,value_max,unit,qualifier,qualifier_note,source_url,source_article,footnote,accessed,publisher,note',
  )
  expect(lines.slice(1)).toEqual([
    `power-plant-capacity,TJK,,${subject},2031,,4444,,MW,actual,,https://synthetic.example/job,,,,,`,
  ])
})

const syntheticArticle = (title: string) =>
  [
    `# ${title}`,
    '',
    'By Test Analyst Writer',
    '',
    'Share',
    '',
    'Synthetic turnover between Kazakhstan and Uzbekistan reached $9.9 billion in the first eight months of 2099.[i] Trade between Kazakhstan and Uzbekistan grew 45% in 2099.[ii]',
    '',
    '## Notes',
    '',
    '[i] Synthetic Statistics Office, "Test turnover table," https://synthetic.example/turnover. Access Date: 15.10.2099.',
    '[ii] Synthetic Customs, https://synthetic.example/customs',
  ].join('\n')

test('should turn a pasted Markdown article with endnotes into a draft and the two figures the analyst ticks', async ({
  page,
}) => {
  const title = `Synthetic e2e corridor test ${Date.now()}`
  await loginAs(page, 'analyst')

  await test.step('open the import from the articles list and read the pasted text', async () => {
    await page.goto('/admin/collections/articles')
    await page.getByRole('link', { name: 'Import from a document' }).click()
    await expect(page).toHaveURL(/\/admin\/import\/article$/)
    await page.getByLabel('Or paste the text').fill(syntheticArticle(title))
    await page.getByRole('button', { name: 'Read the document' }).click()
  })

  const proposal = page.getByRole('region', { name: `2. Review: ${title}` })
  await test.step('review the notes and suggestions', async () => {
    await expect(proposal.getByLabel('Title')).toHaveValue(title)
    await expect(proposal.getByRole('table', { name: 'Notes' })).toContainText('https://synthetic.example/turnover')
    await expect(proposal.getByRole('table', { name: 'Notes' })).toContainText('2099-10-15')
    await expect(proposal.getByText('Kazakhstan (2×)')).toBeVisible()
    await expect(proposal.getByText('Test Analyst Writer: new author (created as a draft)')).toBeVisible()
  })

  await test.step('tick the two figures and choose their indicators', async () => {
    const money = proposal.getByRole('group', { name: 'Figure $9.9 billion' })
    await money.getByRole('checkbox').check()
    await money.getByLabel('Indicator', { exact: true }).selectOption({ label: 'Bilateral trade turnover' })
    await money.getByLabel('Country', { exact: true }).selectOption({ label: 'Kazakhstan' })
    await money.getByLabel('Partner', { exact: true }).selectOption({ label: 'Uzbekistan' })
    const growth = proposal.getByRole('group', { name: 'Figure 45%' })
    await growth.getByRole('checkbox').check()
    await growth.getByLabel('Indicator', { exact: true }).selectOption({ label: 'Bilateral trade growth' })
    await growth.getByLabel('Country', { exact: true }).selectOption({ label: 'Kazakhstan' })
    await growth.getByLabel('Partner', { exact: true }).selectOption({ label: 'Uzbekistan' })
    await page.screenshot({ fullPage: true, path: `${SCREENSHOTS}/import-article-review.png` })
  })

  await test.step('create the drafts', async () => {
    await proposal.getByRole('button', { name: 'Create draft article and 2 observations' }).click()
    await expect(proposal.getByText('Draft article created with 2 observation drafts.')).toBeVisible()
    await page.screenshot({ fullPage: true, path: `${SCREENSHOTS}/import-article-created.png` })
  })

  await test.step('the article and its observations exist as drafts citing the notes', async () => {
    const href = await proposal.getByRole('link', { name: 'Open the draft' }).getAttribute('href')
    const articleId = href!.split('/').at(-1)
    const article = await (await page.request.get(`/api/articles/${articleId}?draft=true&depth=0`)).json()
    expect([article.title, article._status, article.footnoteIds]).toEqual([title, 'draft', ['i', 'ii']])
    const observations = (
      await (
        await page.request.get(
          `/api/observations?where[source.article][equals]=${articleId}&draft=true&depth=0&sort=value`,
        )
      ).json()
    ).docs
    expect(
      observations.map((doc: { _status: string; source: { footnote: string }; unit: string; value: number }) => [
        doc.value,
        doc.unit,
        doc.source.footnote,
        doc._status,
      ]),
    ).toEqual([
      [45, 'percent', 'ii', 'draft'],
      [9_900_000_000, 'USD', 'i', 'draft'],
    ])
  })
})

test('should offer one draft per byline for a multi-article page and read Word footnotes from a DOCX', async ({
  page,
}) => {
  await loginAs(page, 'analyst')
  await page.goto('/admin/import/article')

  await test.step('a pasted page with two "By" lines becomes two proposals', async () => {
    await page.getByLabel('Pasted text is').selectOption({ label: 'Plain text' })
    await page
      .getByLabel('Or paste the text')
      .fill(fs.readFileSync('lib/import/article/fixtures/multi-article.txt', 'utf8'))
    await page.getByRole('button', { name: 'Read the document' }).click()
    await expect(page.getByText('This page holds 2 articles')).toBeVisible()
    await expect(page.getByRole('region', { name: 'Article 1: First synthetic story' })).toBeVisible()
    await expect(
      page.getByRole('region', { name: 'Article 2: Second synthetic story' }).getByLabel('Authors (comma-separated)'),
    ).toHaveValue('Ivan Testov, Mira Example, Ergün Mamedov')
    await expect(
      page
        .getByRole('region', { name: 'Article 2: Second synthetic story' })
        .getByText('Your byline (Ergün Mamedov) was added'),
    ).toBeVisible()
  })

  await test.step('a Word file keeps its headings and footnotes', async () => {
    await page.getByLabel('Or paste the text').fill('')
    await page
      .getByLabel('Document file (DOCX, Markdown or text)')
      .setInputFiles('lib/import/article/fixtures/footnotes.docx')
    await page.getByRole('button', { name: 'Read the document' }).click()
    const proposal = page.getByRole('region', { name: '2. Review: A synthetic test article about corridors' })
    await expect(proposal.getByRole('table', { name: 'Notes' })).toContainText('https://synthetic.example/table-1')
    await expect(proposal.getByRole('region', { name: 'Body preview' })).toContainText('The first section')
    await page.screenshot({ fullPage: true, path: `${SCREENSHOTS}/import-article-docx.png` })
  })
})
