import { SaxesParser } from 'saxes'
import { describe, expect, it, vi } from 'vitest'

import type { FeedArticle } from '@/lib/queries/articles'

const articles = vi.hoisted((): FeedArticle[] => [])
vi.mock('@/lib/queries/articles', () => ({ getFeedArticles: async () => articles }))

const { GET } = await import('@/app/(frontend)/feed.xml/route')

/** Everything XML 1.0 forbids, CDATA terminators, markup, entities and an XML declaration. */
const HOSTILE = [
  ']]><script>window.__pwned=1</script><![CDATA[',
  '<img src=x onerror="window.__pwned=1">',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '<?xml-stylesheet href="https://evil.example/x.xsl"?>',
  '<!DOCTYPE x [<!ENTITY e "pwned">]>&e;',
  Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join(''),
  '\u007f\u0085\uFFFE\uFFFF',
  'lone \uD800 high and \uDC00 low surrogates',
  'an emoji 🗺 and Кыргызстан',
].join(' ')

/** What a reader of the feed gets for an element: its text and CDATA, entities decoded. */
type Item = Record<string, string>

/** Parses with a conformant XML 1.0 parser, which rejects any malformed document. */
const parseFeed = (xml: string): { elements: string[]; items: Item[] } => {
  const parser = new SaxesParser()
  const elements: string[] = []
  const items: Item[] = []
  const open: string[] = []
  let item: Item | null = null
  parser.on('error', (error) => {
    throw error
  })
  parser.on('processinginstruction', (instruction) => {
    throw new Error(`unexpected processing instruction ${instruction.target}`)
  })
  parser.on('doctype', () => {
    throw new Error('unexpected DOCTYPE')
  })
  parser.on('opentag', (tag) => {
    elements.push(open.length ? `${open.at(-1)}/${tag.name}` : tag.name)
    open.push(tag.name)
    if (tag.name === 'item') {
      item = {}
      items.push(item)
    }
  })
  parser.on('closetag', () => {
    open.pop()
  })
  const collect = (text: string) => {
    const name = open.at(-1)
    if (item && name && open.includes('item')) {
      item[name] = (item[name] ?? '') + text
    }
  }
  parser.on('text', collect)
  parser.on('cdata', collect)
  parser.write(xml).close()
  return { elements: [...new Set(elements)].sort(), items }
}

const article = (text: string): FeedArticle =>
  ({
    authors: [
      { id: 1, name: `Author ${text}`, slug: 'author' } as unknown as NonNullable<FeedArticle['authors']>[number],
    ],
    dek: `Summary ${text}`,
    id: 1,
    publishedAt: '2026-01-02T00:00:00.000Z',
    section: 'analysis',
    slug: 'article',
    title: `Title ${text}`,
    topics: ['security'],
    updatedAt: '2026-01-02T00:00:00.000Z',
  }) as FeedArticle

const feedOf = async (text: string) => {
  articles.splice(0, articles.length, article(text))
  return parseFeed(await (await GET()).text())
}

describe('RSS feed with staff-typed titles and summaries', () => {
  it('should stay well-formed XML 1.0 whatever a title or summary contains', async () => {
    const { items } = await feedOf(HOSTILE)
    expect(items).toHaveLength(1)
  })

  it('should carry no element, processing instruction or DOCTYPE of the typed text', async () => {
    const plain = await feedOf('plain words')
    const hostile = await feedOf(HOSTILE)
    expect(hostile.elements).toEqual(plain.elements)
  })

  it('should give aggregators that render titles and summaries as HTML no markup to render', async () => {
    const [item] = (await feedOf(HOSTILE)).items
    for (const field of ['title', 'description', 'author', 'category']) {
      expect(item?.[field], field).toBeTruthy()
      expect(item?.[field], field).not.toContain('<')
    }
  })

  it('should keep the words and the characters XML allows, in order', async () => {
    const [item] = (await feedOf('Trade & growth < 2 % — Кыргызстан 🗺')).items
    expect(item?.title).toBe('Title Trade & growth &lt; 2 % — Кыргызстан 🗺')
    expect(item?.description).toBe('Summary Trade &amp; growth &lt; 2 % — Кыргызстан 🗺')
  })
})
