import { SaxesParser } from 'saxes'

import { test as base, expect, paragraph } from './fixtures'

/** What staff might type into a title or summary: CDATA terminators, markup, and characters XML forbids. */
const HOSTILE =
  ']]><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> \u0001\u0008\u000b\u001f \ufffe\uffff'

type HostileArticle = { id: number | string; word: string }

/** A published article whose title and summary are hostile, written by the analyst and approved by the editor. */
const test = base.extend<{ hostileArticle: HostileArticle }>({
  hostileArticle: async ({ analyst, editor }, provide, testInfo) => {
    const word = `Feedcheck${testInfo.workerIndex}x${Date.now()}`
    const byline = (await (await analyst.get('/api/authors?where[slug][equals]=ergun-mamedov&depth=0')).json()).docs[0]
    const created = await analyst.post('/api/articles?draft=true', {
      data: {
        authors: [byline.id],
        body: paragraph('Body.'),
        dek: `${word} summary ${HOSTILE}`,
        slug: word.toLowerCase(),
        title: `${word} ${HOSTILE}`,
      },
    })
    expect(created.ok(), await created.text()).toBe(true)
    const { doc } = await created.json()
    expect((await analyst.post(`/api/articles/${doc.id}/workflow/submit`, { data: {} })).ok()).toBe(true)
    const approved = await editor.post(`/api/articles/${doc.id}/workflow/approve`, { data: {} })
    expect(approved.ok(), await approved.text()).toBe(true)
    await provide({ id: doc.id, word })
    expect((await editor.delete(`/api/articles/${doc.id}`)).ok()).toBe(true)
  },
})

/** The feed's items as a strict XML 1.0 parser reads them (it throws on anything malformed). */
const parseItems = (xml: string) => {
  const parser = new SaxesParser()
  const items: Record<string, string>[] = []
  const open: string[] = []
  parser.on('error', (error) => {
    throw error
  })
  parser.on('opentag', (tag) => {
    open.push(tag.name)
    if (tag.name === 'item') {
      items.push({})
    }
  })
  parser.on('closetag', () => {
    open.pop()
  })
  const collect = (text: string) => {
    const item = items.at(-1)
    const name = open.at(-1)
    if (item && name && open.includes('item')) {
      item[name] = (item[name] ?? '') + text
    }
  }
  parser.on('text', collect)
  parser.on('cdata', collect)
  parser.write(xml).close()
  return items
}

test('should keep the RSS feed well-formed and free of markup when an article title and summary are hostile', async ({
  hostileArticle,
  request,
}) => {
  const response = await request.get('/feed.xml')
  expect(response.headers()['content-type']).toMatch(/^application\/rss\+xml/)
  const item = parseItems(await response.text()).find((entry) => entry.title?.includes(hostileArticle.word))
  expect(item, 'the hostile article is in the feed').toBeTruthy()
  expect(item?.title).not.toContain('<')
  expect(item?.description).toContain(`${hostileArticle.word} summary`)
  expect(item?.description).not.toContain('<')
})

test('should run no script when the feed with a hostile article is opened in Chromium', async ({
  hostileArticle,
  page,
}) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto('/feed.xml')
  await expect(page.getByText(hostileArticle.word).first()).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(dialogs).toEqual([])
})
