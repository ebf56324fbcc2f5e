import type { JSONContent } from '@tiptap/core'

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { validateRichTextDoc } from '@/lib/richText/validate'

import { docxToMarkdown } from './docx'
import { documentToArticles } from './parse'
import { countCountryMentions, findFigures, sentenceToPeriod } from './suggest'

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8')

const nodesOfType = (doc: JSONContent, type: string): JSONContent[] => [
  ...(doc.type === type ? [doc] : []),
  ...(doc.content ?? []).flatMap((child) => nodesOfType(child, type)),
]

const textOf = (doc: JSONContent): string =>
  doc.type === 'text'
    ? (doc.text ?? '')
    : doc.type === 'footnote'
      ? `[${doc.attrs?.id}]`
      : (doc.content ?? []).map(textOf).join(doc.type === 'doc' ? '\n' : '')

const COUNTRIES = [
  { id: 1, iso2: 'KZ', iso3: 'KAZ', name: 'Kazakhstan' },
  { id: 2, iso2: 'UZ', iso3: 'UZB', name: 'Uzbekistan' },
  { id: 3, iso2: 'GE', iso3: 'GEO', name: 'Georgia' },
  { id: 4, iso2: 'AM', iso3: 'ARM', name: 'Armenia' },
  { id: 5, iso2: 'AZ', iso3: 'AZE', name: 'Azerbaijan' },
  { id: 6, iso2: 'KG', iso3: 'KGZ', name: 'Kyrgyzstan' },
  { id: 7, iso2: 'CN', iso3: 'CHN', name: 'China' },
]

describe('Markdown with roman endnotes, web residue and a pull quote', () => {
  const [article] = documentToArticles({ format: 'markdown', text: fixture('endnotes-roman.md') })

  it('should find the title and both authors from the byline', () => {
    expect(article.title).toBe('A synthetic corridor between two test capitals')
    expect(article.authors).toEqual(['Test Author', 'Second Writer'])
  })

  it('should turn [i]-style markers into footnotes with address and access date in any usual notation', () => {
    expect(article.notes).toEqual([
      {
        accessed: '2099-10-15',
        id: 'i',
        publisher: null,
        title: 'Synthetic Statistics Office, "Test turnover table,"',
        url: 'https://synthetic.example/turnover',
      },
      {
        accessed: '2099-03-03',
        id: 'ii',
        publisher: null,
        title: 'Synthetic Roads Agency',
        url: 'https://synthetic.example/roads',
      },
      {
        accessed: '2099-10-15',
        id: 'iii',
        publisher: null,
        title: 'Synthetic Airline, "Test timetable," timetable',
        url: 'https://synthetic.example/timetable',
      },
    ])
    expect(nodesOfType(article.body, 'footnote').map((node) => node.attrs?.id)).toEqual(['i', 'ii', 'iii'])
    expect(validateRichTextDoc(article.body)).toBe(true)
  })

  it('should keep headings and paragraphs and drop navigation, share buttons, credits, page numbers and repeated quotes', () => {
    expect(article.body.content?.map((node) => node.type)).toEqual(['paragraph', 'heading', 'paragraph'])
    expect(textOf(article.body)).toBe(
      'Synthetic turnover between Kazakhstan and Uzbekistan reached $9.9 billion in the first eight months of 2099.[i] The figure is made up for this test, and the road is 1 234 km long.[ii]\n' +
        'Why the corridor matters\n' +
        'Officials expect more than 45% growth by 2098, with about 12 flights a week between the capitals.[iii] Half-way cities such as Shymkent 3.5 times bigger.',
    )
    expect(article.cleanup.map((entry) => [entry.label, entry.lines.length])).toEqual([
      ['Share buttons and navigation', 4],
      ['Photo credits and captions', 1],
      ['Page-break fragments', 1],
      ['Repeated pull quotes', 2],
    ])
  })

  it('should suggest figures with their period, qualifier, countries and footnote', () => {
    const figures = findFigures(article.body, COUNTRIES)
    expect(
      figures.map(({ countryIds, footnote, period, phrase, qualifier, unit, value }) => ({
        countryIds,
        footnote,
        period,
        phrase,
        qualifier,
        unit,
        value,
      })),
    ).toEqual([
      {
        countryIds: [1, 2],
        footnote: 'i',
        period: '2099-01..2099-08',
        phrase: '$9.9 billion',
        qualifier: 'actual',
        unit: 'USD',
        value: 9_900_000_000,
      },
      {
        countryIds: [],
        footnote: 'ii',
        period: null,
        phrase: '1 234 km',
        qualifier: 'actual',
        unit: 'km',
        value: 1234,
      },
      {
        countryIds: [],
        footnote: 'iii',
        period: '2098',
        phrase: '45%',
        qualifier: 'lower-bound',
        unit: 'percent',
        value: 45,
      },
      {
        countryIds: [],
        footnote: 'iii',
        period: '2098',
        phrase: '12 flights',
        qualifier: 'approx',
        unit: 'flights/week',
        value: 12,
      },
    ])
  })
})

describe('plain text with ^1 markers and an unheaded numbered note list', () => {
  const [article] = documentToArticles({ format: 'text', text: fixture('footnotes-caret.txt') })

  it('should read the notes at the end and place them at their markers', () => {
    expect(article.title).toBe('A synthetic note on test grain transit')
    expect(article.authors).toEqual(['Test Analyst'])
    expect(article.notes.map((note) => [note.id, note.url, note.accessed])).toEqual([
      ['1', 'https://synthetic.example/grain', '2099-02-01'],
      ['2', 'https://synthetic.example/rail', null],
    ])
    expect(textOf(article.body)).toContain(
      '300 thousand tonnes a month in 2099.[1] The test railway adds 2 train pairs a day.[2]',
    )
    expect(textOf(article.body)).not.toContain('Synthetic Railways')
  })
})

describe('a page with several articles', () => {
  const articles = documentToArticles({ format: 'text', text: fixture('multi-article.txt') })

  it('should offer one draft per "By" line, each with its own authors and superscript notes', () => {
    expect(articles.map((article) => [article.title, article.authors, article.notes.map((note) => note.id)])).toEqual([
      ['First synthetic story', ['Anna Testova'], ['1']],
      ['Second synthetic story', ['Ivan Testov', 'Mira Example'], ['2']],
    ])
    expect(textOf(articles[0].body)).toBe(
      'Synthetic investment in Georgia grew 12 per cent in 2099.[1] The test port handles 50 thousand tonnes.\nPull quotes are not used here.',
    )
  })

  it('should count country mentions per article', () => {
    const plain = textOf(articles[1].body)
    expect(countCountryMentions(plain, COUNTRIES).map((mention) => [mention.name, mention.count])).toEqual([
      ['Azerbaijan', 3],
      ['Armenia', 1],
    ])
  })
})

describe('Markdown footnote definitions, lists, emphasis and links', () => {
  const [article] = documentToArticles({ format: 'markdown', text: fixture('markdown-footnotes.md') })

  it('should keep marks and links and attach [^n] notes', () => {
    const paragraph = article.body.content![0]
    expect(paragraph.content).toContainEqual({ marks: [{ type: 'italic' }], text: 'nothing', type: 'text' })
    expect(paragraph.content).toContainEqual({
      marks: [{ attrs: { href: 'https://synthetic.example/page' }, type: 'link' }],
      text: 'the test page',
      type: 'text',
    })
    expect(article.body.content![1].type).toBe('bulletList')
    expect(nodesOfType(article.body, 'footnote').map((node) => [node.attrs?.id, node.attrs?.title])).toEqual([
      ['1', 'Synthetic Customs Service'],
      ['2', 'Synthetic Trade Office, "Second test note"'],
    ])
    expect(validateRichTextDoc(article.body)).toBe(true)
    expect(findFigures(article.body, COUNTRIES)[0]).toMatchObject({
      countryIds: [6, 7],
      footnote: '1',
      period: '2099',
      unit: 'EUR',
      value: 1_500_000_000,
    })
  })
})

describe('a Word file with footnotes', () => {
  it('should turn Word footnotes into Footnote nodes and keep headings and bold text', async () => {
    const markdown = await docxToMarkdown(
      new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'footnotes.docx'))),
    )
    const [article] = documentToArticles({ format: 'markdown', text: markdown })
    expect(article.title).toBe('A synthetic test article about corridors')
    expect(article.authors).toEqual(['Test Author', 'Second Writer'])
    expect(article.body.content?.map((node) => node.type)).toEqual(['heading', 'paragraph', 'paragraph'])
    expect(article.notes).toEqual([
      {
        accessed: '2025-10-15',
        id: '1',
        publisher: null,
        title: 'Synthetic Statistics Office, “Test table 1,”',
        url: 'https://synthetic.example/table-1',
      },
      {
        accessed: null,
        id: '2',
        publisher: null,
        title: 'Synthetic Ministry, “Test note,”',
        url: 'https://synthetic.example/note-2',
      },
    ])
    expect(article.body.content![2].content![0]).toEqual({
      marks: [{ type: 'bold' }],
      text: 'Bold words',
      type: 'text',
    })
    expect(validateRichTextDoc(article.body)).toBe(true)
  })
})

describe('periods in sentences', () => {
  it.each([
    ['in the first eight months of 2025', '2025-01..2025-08'],
    ['between January–March 2024', '2024-01..2024-03'],
    ['from 2019 to 2024', '2024'],
    ['no year here', null],
  ])('should read “%s” as %s', (sentence, period) => {
    expect(sentenceToPeriod(sentence)).toBe(period)
  })
})
