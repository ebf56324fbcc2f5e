import type { JSONContent } from '@tiptap/core'

import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx'
import ExcelJS from 'exceljs'

import type { CountryRecord } from '@/lib/import/countryNames'
import type { ImportReference } from '@/lib/import/observations/plan'

import { docxToMarkdown } from '@/lib/import/article/docx'
import { documentToArticles } from '@/lib/import/article/parse'
import { articleToSuggestions } from '@/lib/import/article/proposal'
import { countCountryMentions, findEvents, findFigures } from '@/lib/import/article/suggest'
import { guessMapping } from '@/lib/import/observations/columns'
import { csvToTable, fileToTable } from '@/lib/import/observations/parseTable'
import { textToPeriod } from '@/lib/import/observations/parseValues'
import { classifyRows, readRows } from '@/lib/import/observations/plan'
import { comparisonLinkToQuery } from '@/lib/series/compareQuery'
import { parsePeriod } from '@/lib/period'
import { cleanPastedHtml } from '@/lib/richText/cleanPastedHtml'
import { queryToTerms, textToHighlightParts, textToSnippet } from '@/lib/search/highlight'
import { textToSlug } from '@/lib/slugify'

const SIZE = 10_000

const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)

/** The hostile cores of issue #14 item 5: long runs of what the parsers' patterns look for. */
export const ADVERSARIAL_CORES: Record<string, string> = {
  spaces: repeat(' '),
  'tabs and spaces': repeat(' \t'),
  'opening brackets': repeat('['),
  'opening parentheses': repeat('('),
  'nested footnote markers': repeat('[^'),
  'nested bracket markers': repeat('[[1'),
  carets: repeat('^'),
  'caret markers': repeat('^1'),
  'nested sup tags': repeat('<sup>'),
  'sup tags with spaces': repeat('<sup> ['),
  'unclosed tags': repeat('<b '),
  'unclosed links': repeat('<a href="#footnote-1">'),
  digits: repeat('1'),
  'digit groups': repeat('1 2,3'),
  asterisks: repeat('*'),
  underscores: repeat('_'),
  backslashes: repeat('\\'),
  hashes: repeat('#'),
  dots: repeat('.'),
  dashes: repeat('-'),
  letters: repeat('a'),
  'superscript digits': repeat('¹'),
  'web address': `http://${repeat('a')}`,
  'access words': repeat('accessed '),
  currency: repeat('$1 '),
  quotes: repeat('"'),
  'lower-case words without a full stop': repeat('and then '),
  'rules and numbered notes': repeat('--- 1 x '),
  'title-case words': repeat('Title Case '),
  'label and subtitle colons': repeat('Label: '),
  'dated events': repeat('on 1 January 2025 '),
  'ranges and multipliers': repeat('1–2 fivefold '),
  'counts with nouns': repeat('12 new flights '),
  'escaped name stars': repeat('Name\\* '),
  'repeated names in capitals': repeat('Ani GRIGORYAN '),
}

/**
 * How each core is placed on a line: alone, and after the starts the parsers treat specially (a
 * note marker, a byline, a heading, a list item, a quote) with a suffix that makes a match fail late.
 */
const CONTEXTS: [string, string][] = [
  ['', ''],
  ['x', 'x!'],
  ['[1] Note', ' x'],
  ['1. ', ' accessed 2025'],
  ['By ', ' x'],
  ['# ', ' #x'],
  ['- ', ' x'],
  ['> ', ' x'],
  ['US$', ' x'],
  ['<sup>', '</sup'],
  ['***', ' x'],
  ['About the author ', ' is'],
  ['*The views expressed ', ' x'],
  ['**Abstract:** ', ' x'],
]

export const adversarialLines = (core: string): string[] =>
  CONTEXTS.map(([before, after]) => `${before}${core}${after}`)

const countries: CountryRecord[] = [
  { id: 1, iso2: 'KZ', iso3: 'KAZ', name: 'Kazakhstan' },
  { id: 2, iso2: 'GE', iso3: 'GEO', name: 'Georgia' },
  { id: 3, iso2: 'UZ', iso3: 'UZB', name: 'Uzbekistan' },
]

const reference: ImportReference = {
  articles: [{ id: 1, slug: 'an-article', title: 'An article' }],
  countries,
  indicators: [
    { id: 1, kind: 'country', name: 'Trade', otherUnits: [], slug: 'trade', unit: 'USD' },
    { id: 2, kind: 'bilateral', name: 'Flights', otherUnits: [], slug: 'flights', unit: 'flights/week' },
  ],
}

const HEADERS = [
  'Indicator',
  'Country',
  'Partner',
  'Period',
  'Value',
  'Value max',
  'Unit',
  'Qualifier',
  'Source URL',
  'Access date',
  'Note',
]

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`

const planTable = (table: Awaited<ReturnType<typeof fileToTable>>) => {
  const mapping = guessMapping(table.headers)
  const { accepted, rejected } = readRows({ mapping, reference, table })
  return classifyRows({ accepted, existing: new Map(), mapping, rejected })
}

const docWithParagraphs = (lines: string[]): JSONContent => ({
  content: lines.map((text) => ({ content: [{ text, type: 'text' }], type: 'paragraph' })),
  type: 'doc',
})

/** Builds a Word file with one paragraph per hostile line, as plain, superscript, link or bold and italic text in turn. */
const linesToDocx = async (lines: string[]): Promise<Uint8Array> => {
  const paragraphs = lines.map((line, index) => {
    const kind = index % 4
    if (kind === 1) {
      return new Paragraph({ children: [new TextRun({ superScript: true, text: line })] })
    }
    if (kind === 2) {
      return new Paragraph({
        children: [new ExternalHyperlink({ children: [new TextRun(line)], link: 'https://example.org/' })],
      })
    }
    if (kind === 3) {
      return new Paragraph({
        children: [new TextRun({ bold: true, text: line }), new TextRun({ italics: true, text: '.' })],
      })
    }
    return new Paragraph({ children: [new TextRun(line)] })
  })
  const document = new Document({ sections: [{ children: paragraphs }] })
  return new Uint8Array(await Packer.toBuffer(document))
}

const linesToXlsx = async (lines: string[]): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Data')
  sheet.addRow(HEADERS)
  for (const line of lines) {
    sheet.addRow(HEADERS.map(() => line))
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/**
 * One entry per importer or parser that sees imported or typed text: `prepare` builds its input
 * from the hostile lines (not timed), `parse` is the timed work.
 */
export const ADVERSARIAL_PARSERS: Record<
  string,
  { parse: (input: never) => Promise<unknown> | unknown; prepare: (lines: string[]) => Promise<unknown> | unknown }
> = {
  'article from plain text': {
    parse: (text: string) => documentToArticles({ format: 'text', text }),
    prepare: (lines) => lines.join('\n\n'),
  },
  'article from Markdown': {
    parse: (text: string) => documentToArticles({ format: 'markdown', text }),
    prepare: (lines) => lines.join('\n'),
  },
  'article from a Word file': {
    parse: async (bytes: Uint8Array) => documentToArticles({ format: 'markdown', text: await docxToMarkdown(bytes) }),
    prepare: linesToDocx,
  },
  'article figure and country suggestions': {
    parse: (lines: string[]) => [
      findFigures(docWithParagraphs(lines), countries),
      countCountryMentions(lines.join('\n'), countries),
    ],
    prepare: (lines) => lines,
  },
  'article events, shown-only countries and undone decisions': {
    parse: (text: string) => {
      const articles = documentToArticles({ format: 'text', text })
      const undo = articles.flatMap((article) => article.decisions.map((decision) => decision.id))
      return [
        findEvents(docWithParagraphs(text.split('\n')), countries, [1]),
        ...documentToArticles({ format: 'text', text, undo }).map((article) =>
          articleToSuggestions(article, countries),
        ),
      ]
    },
    prepare: (lines) => `Title\nBy Ani Grigoryan\n${lines.join('\n')}\nAUTHOR'S BIO:\n${lines.join('\n')}`,
  },
  'observation plan from CSV': {
    parse: (text: string) => planTable(csvToTable(text)),
    prepare: (lines) =>
      [HEADERS.join(','), ...lines.map((line) => HEADERS.map(() => csvCell(line)).join(','))].join('\n'),
  },
  'observation plan from XLSX': {
    parse: async (bytes: Uint8Array) => planTable(await fileToTable({ bytes, name: 'hostile.xlsx' })),
    prepare: linesToXlsx,
  },
  period: {
    parse: (lines: string[]) =>
      lines.map((line) => {
        const results: unknown[] = []
        for (const read of [textToPeriod, parsePeriod]) {
          try {
            results.push(read(line))
          } catch (error) {
            results.push(error)
          }
        }
        return results
      }),
    prepare: (lines) => lines,
  },
  // A hostile query, highlighted in a hostile text of the same kind (search shows titles and deks).
  'search query': {
    parse: (lines: string[]) =>
      lines.map((line) => {
        const terms = queryToTerms(line)
        return [textToHighlightParts(line, terms), textToSnippet(line, terms)]
      }),
    prepare: (lines) => lines,
  },
  'pasted HTML': {
    parse: (lines: string[]) => lines.map(cleanPastedHtml),
    prepare: (lines) => lines,
  },
  'comparison link and slug': {
    parse: (lines: string[]) => lines.map((line) => [comparisonLinkToQuery(line), textToSlug(line)]),
    prepare: (lines) => lines,
  },
}
