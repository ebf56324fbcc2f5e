import type { APIRequestContext, Page } from '@playwright/test'

import fs from 'node:fs'

import { expect, test } from './fixtures'
import { loginAs } from './helpers/login'

const SCREENSHOTS = 'test-results/screenshots'

/** One corpus document of each layout (lib/import/article/corpus, test data written for the project). */
const LAYOUTS = [
  {
    authors: ['Madina Orazbayeva'],
    events: ['Create event draft: 2025-10-14'],
    file: 'web-roman-notes.txt',
    format: 'Plain text',
    preview: ['Bottlenecks on the Water', 'The growth came almost entirely'],
    region: '2. Review: Ferries, Fees and Fog: Why the Caspian Crossing Still Stalls',
    texts: ['Uzbekistan — “Uzbekistan” in the bio'],
  },
  {
    authors: ['Daniyar Seitkali'],
    events: [],
    file: 'pdf-converted.md',
    format: 'Markdown',
    preview: ['a late agreement meant dry fields in the Fergana Valley', 'small compared with the cost'],
    region: '2. Review: Water, Power and Bargaining in the Syr Darya Basin',
    texts: ['Georgia — “Georgia” in the bio', 'https://icwc.example/schedules_2024'],
  },
  {
    authors: ['Ani Grigoryan'],
    events: [],
    file: 'multi-article.txt',
    format: 'Plain text',
    preview: ['The cabinet discussed the options'],
    region: 'Article 1: Armenia Rethinks Its Railway Concession',
    texts: ['Iran — “Iran” in the bio'],
  },
  {
    authors: ['Dilnoza Rakhimova', 'Timur Aliev'],
    events: [],
    file: 'plain-headings.txt',
    format: 'Plain text',
    preview: ['Arrivals: the numbers behind the headlines', 'saw almost none despite new roads'],
    region: "2. Review: Uzbekistan's Tourism Boom and Its Limits",
    texts: ['Create observation: 10–12 percent'],
  },
  {
    authors: ['Timur Bekov'],
    events: [],
    file: 'opinion-disclaimer.md',
    format: 'Markdown',
    preview: ['What partners could do'],
    region: '2. Review: Tajikistan Needs a Plan for the Day Remittances Fall',
    texts: ['Disclaimer, kept out of the body:'],
  },
] as const

/** Pastes a corpus document into the article import and reads it. */
const readCorpusDocument = async (page: Page, { file, format }: { file: string; format: string }) => {
  await page.getByLabel('Pasted text is').selectOption({ label: format })
  await page.getByLabel('Or paste the text').fill(fs.readFileSync(`lib/import/article/corpus/${file}`, 'utf8'))
  await page.getByRole('button', { name: 'Read the document' }).click()
}

/** The ids of the authors named `names`, to delete after the test (the import created them). */
const authorIds = async (client: APIRequestContext, names: readonly string[]) => {
  const ids: number[] = []
  for (const name of names) {
    const response = await client.get(`/api/authors?where[name][equals]=${encodeURIComponent(name)}&draft=true&depth=0`)
    ids.push(...((await response.json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id))
  }
  return ids
}

test('should create only drafts when an analyst imports one document of each real-world layout', async ({
  admin,
  baseURL,
  page,
  playwright,
  track,
}) => {
  await loginAs(page, 'analyst')
  await page.goto('/admin/import/article')
  const created: { articleId: number; eventIds: number[] }[] = []

  for (const layout of LAYOUTS) {
    await test.step(`import ${layout.file}`, async () => {
      await readCorpusDocument(page, layout)
      const proposal = page.getByRole('region', { name: layout.region })
      await expect(proposal.getByLabel('Authors (comma-separated)')).toHaveValue(
        new RegExp(`^${layout.authors.join(', ')}`),
      )
      await expect(proposal.getByRole('region', { name: 'What the importer decided' })).toBeVisible()
      for (const text of layout.preview) {
        await expect(proposal.getByRole('region', { name: 'Body preview' })).toContainText(text)
      }
      for (const text of layout.texts) {
        await expect(proposal.getByText(text).first()).toBeVisible()
      }
      for (const event of layout.events) {
        await proposal.getByRole('checkbox', { name: event }).check()
      }
      await page.screenshot({ fullPage: true, path: `${SCREENSHOTS}/import-real-${layout.file}.png` })
      await proposal.getByRole('button', { name: /^Create draft article/ }).click()
      await expect(proposal.getByText(/^Draft article created with/)).toBeVisible()
      const href = await proposal.getByRole('link', { name: 'Open the draft' }).getAttribute('href')
      const articleId = Number(href!.split('/').at(-1))
      track('articles', articleId)
      const events = (
        (await (
          await admin.get(`/api/events?where[source.article][equals]=${articleId}&draft=true&depth=0`)
        ).json()) as {
          docs: { id: number }[]
        }
      ).docs.map((doc) => doc.id)
      events.forEach((id) => track('events', id))
      created.push({ articleId, eventIds: events })
    })
  }
  for (const id of await authorIds(
    admin,
    LAYOUTS.flatMap((layout) => layout.authors),
  )) {
    track('authors', id)
  }

  await test.step('everything the import created is a draft, and the public cannot read it', async () => {
    const anonymous = await playwright.request.newContext({ baseURL })
    expect(created.flatMap((entry) => entry.eventIds)).toHaveLength(1)
    for (const { articleId, eventIds } of created) {
      const article = (await (await admin.get(`/api/articles/${articleId}?draft=true&depth=0`)).json()) as {
        _status: string
        slug: string
      }
      expect(article._status).not.toBe('published')
      expect((await anonymous.get(`/api/articles/${articleId}`)).ok()).toBe(false)
      expect((await anonymous.get(`/articles/${article.slug}`)).status()).toBe(404)
      for (const eventId of eventIds) {
        const event = (await (await admin.get(`/api/events/${eventId}?draft=true&depth=0`)).json()) as {
          _status: string
        }
        expect(event._status).not.toBe('published')
        expect((await anonymous.get(`/api/events/${eventId}`)).ok()).toBe(false)
      }
    }
    await anonymous.dispose()
  })
})

test('should put a dropped line back into the proposal when the analyst clicks Undo, and drop it again on Redo', async ({
  page,
}) => {
  await loginAs(page, 'analyst')
  await page.goto('/admin/import/article')
  await readCorpusDocument(page, LAYOUTS[1])
  const proposal = page.getByRole('region', { name: LAYOUTS[1].region })
  const preview = proposal.getByRole('region', { name: 'Body preview' })
  await expect(preview).not.toContainText('Keywords')

  await proposal.getByRole('button', { name: /^Undo: Keywords line/ }).click()
  await expect(page.getByRole('region', { name: 'Undone decisions' })).toContainText('Keywords line')
  await expect(
    page.getByRole('region', { name: LAYOUTS[1].region }).getByRole('region', { name: 'Body preview' }),
  ).toContainText('Keywords: water diplomacy')

  await page.getByRole('button', { name: /^Redo: Keywords line/ }).click()
  await expect(page.getByRole('region', { name: 'Undone decisions' })).toHaveCount(0)
  await expect(
    page.getByRole('region', { name: LAYOUTS[1].region }).getByRole('region', { name: 'Body preview' }),
  ).not.toContainText('Keywords')
})
