import { changePublished } from './helpers/workflow'
import { expect, test } from './fixtures'

const INDICATOR = 'bilateral-trade-volume'
const YEAR = 2019

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)

test.describe('figure revision log and mirror figures', () => {
  test('should show a corrected figure’s revision log with the reason on every table, and both values in downloads', async ({
    countries,
    editor,
    observations,
    page,
    secondEditor,
  }) => {
    const reporter = await countries.create({ name: 'Revisia' })
    const partner = await countries.create({ name: 'Partneria' })
    const figure = await observations.create({
      country: reporter.id,
      indicator: INDICATOR,
      partner: partner.id,
      value: 1_000_000_000,
      year: YEAR,
    })
    await test.step('an editor publishes a correction with a reason', async () => {
      await changePublished({
        author: editor,
        collection: 'observations',
        data: { changeReason: 'The customs office revised its release.', value: 1_250_000_000 },
        id: figure.id,
        publisher: secondEditor,
      })
    })

    await test.step('the figure page lists the first publication and the revision, old → new', async () => {
      const policyViolations: string[] = []
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) {
          policyViolations.push(message.text())
        }
      })
      await page.goto(`/figures/${figure.id}`)
      await expect(page.getByRole('heading', { level: 1 })).toContainText(reporter.name)
      // Right after a publication Next.js answers the browser's revalidation itself (304): the page
      // must keep its own policy, or its styles and scripts are blocked.
      expect(await page.evaluate(() => [...document.styleSheets].filter((sheet) => sheet.href).length)).toBeGreaterThan(0)
      expect(policyViolations).toEqual([])
      const log = page.getByRole('list').filter({ hasText: 'First published' })
      await expect(log.getByRole('listitem')).toHaveCount(2)
      await expect(log.getByRole('listitem').first()).toContainText('Revised on')
      await expect(log.getByRole('listitem').first()).toContainText('$1.0 bn → $1.3 bn')
      await expect(log).toContainText('Reason: The customs office revised its release.')
      await expect(log).toContainText('Approved by An editor')
      await page.screenshot({ fullPage: true, path: 'test-results/screenshots/figure-revision-log.png' })
    })

    await test.step('profile, indicator and comparison tables link to it, marked revised', async () => {
      const revised = new RegExp(`^Revised: history of this figure \\(${YEAR}\\)$`)
      for (const path of [
        reporter.path,
        `/indicators/${INDICATOR}`,
        `/compare?countries=${reporter.slug},${partner.slug}&indicators=${INDICATOR}`,
      ]) {
        await page.goto(path)
        await expect(page.getByRole('link', { name: revised }).first()).toHaveAttribute('href', `/figures/${figure.id}`)
      }
      await page.getByRole('link', { name: revised }).first().click()
      await expect(page).toHaveURL(new RegExp(`/figures/${figure.id}$`))
    })

    await test.step('the CSV and JSON downloads with revisions=1 contain both values and the reason', async () => {
      const query = `countries=${reporter.slug},${partner.slug}&indicators=${INDICATOR}&revisions=1`
      const csv = await (await page.request.get(`/compare/data.csv?${query}`)).text()
      const lines = csv.split('\r\n').filter((line) => line.includes(`,${figure.id},`))
      expect(lines).toHaveLength(2)
      expect(lines[0]).toContain('1000000000')
      expect(lines[1]).toContain('1250000000')
      expect(lines[1]).toContain('The customs office revised its release.')
      const json = (await (await page.request.get(`/compare/data.json?${query}`)).json()) as {
        figures: { observation_id: string; revisions: { previous_value: null | number; value: number }[] }[]
      }
      const row = json.figures.find((item) => item.observation_id === String(figure.id))
      expect(row?.revisions.map((entry) => [entry.previous_value, entry.value])).toEqual([
        [null, 1_000_000_000],
        [1_000_000_000, 1_250_000_000],
      ])
    })
  })

  test('should show figures as published at the end of a past day with a banner, and refuse a future day', async ({
    countries,
    observations,
    page,
  }) => {
    const reporter = await countries.create({ name: 'Pinnia' })
    const partner = await countries.create({ name: 'Pinpartneria' })
    await observations.create({
      country: reporter.id,
      indicator: INDICATOR,
      partner: partner.id,
      value: 42,
      year: YEAR,
    })
    const compare = `/compare?countries=${reporter.slug},${partner.slug}&indicators=${INDICATOR}`

    // The figure was first published today: pinned to yesterday, it did not exist yet.
    await page.goto(`${compare}&asOf=${yesterday()}`)
    await expect(page.getByRole('status').filter({ hasText: 'Figures as published on' })).toBeVisible()
    await expect(page.getByText('0 published figures')).toBeVisible()
    await page.getByRole('link', { name: 'see current figures' }).click()
    await expect(page).toHaveURL(/\/compare\?countries=[^&]+&indicators=[^&]+$/)
    await expect(page.getByText('1 published figure.')).toBeVisible()

    await page.goto(`/indicators/${INDICATOR}?asOf=2999-01-01`)
    await expect(page.getByRole('status').filter({ hasText: 'has not ended yet' })).toBeVisible()
    await page.goto(`${compare}&asOf=not-a-date`)
    await expect(page.getByRole('status').filter({ hasText: 'is not a date' })).toBeVisible()
  })

  test('should show both reports of a flow side by side with the gap and say which reporter the chart uses', async ({
    countries,
    observations,
    page,
  }) => {
    const first = await countries.create({ name: 'Aamirror' })
    const second = await countries.create({ name: 'Zzmirror' })
    await observations.create({
      country: first.id,
      indicator: INDICATOR,
      partner: second.id,
      value: 110_000_000,
      year: YEAR,
    })
    await observations.create({
      country: second.id,
      indicator: INDICATOR,
      partner: first.id,
      value: 90_000_000,
      year: YEAR,
    })
    await observations.create({
      country: second.id,
      indicator: INDICATOR,
      partner: first.id,
      value: 80_000_000,
      year: YEAR - 1,
    })

    await page.goto(`/compare?countries=${first.slug},${second.slug}&indicators=${INDICATOR}`)
    const mirrors = page.getByRole('table', { name: /The same flow as each side reports it/ })
    const row = mirrors.getByRole('row', { name: new RegExp(`${first.name} × ${second.name}`) })
    await expect(row).toContainText(`${first.name} reports`)
    await expect(row).toContainText(`${second.name} reports`)
    await expect(row).toContainText('+20%')
    await expect(row).toContainText('+$0.020 bn')
    await expect(
      page.getByText(`${second.name} × ${first.name}: ${second.name}’s reports (2 periods against 1).`),
    ).toBeVisible()
    await mirrors.scrollIntoViewIfNeeded()
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/mirror-matrix.png' })
  })
})
