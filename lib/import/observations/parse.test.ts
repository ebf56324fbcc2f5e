import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'

import { createCountryMatcher } from '@/lib/import/countryNames'

import { guessMapping, missingRequiredFields } from './columns'
import { csvToTable, fileToTable, xlsxToTable } from './parseTable'
import { textToIsoDay, textToNumber, textToPeriod } from './parseValues'

describe('CSV files as spreadsheets save them', () => {
  it('should read a semicolon file with a BOM, decimal commas, thousand separators and Windows line ends', () => {
    const table = csvToTable(
      '\uFEFFIndicator;Country;Value\r\nsynthetic;KAZ;1.234.567,89\r\nsynthetic;KGZ;"12,5"\r\n\r\n',
    )
    expect(table.headers).toEqual(['Indicator', 'Country', 'Value'])
    expect(table.rows).toEqual([
      { cells: ['synthetic', 'KAZ', '1.234.567,89'], line: 2 },
      { cells: ['synthetic', 'KGZ', '12,5'], line: 3 },
    ])
  })

  it('should read comma and tab separated files with quoted fields', () => {
    expect(csvToTable('a,b\n"1,000","x, y"\n').rows[0].cells).toEqual(['1,000', 'x, y'])
    expect(csvToTable('a\tb\n1\t2\n').rows[0].cells).toEqual(['1', '2'])
  })

  it('should keep row numbers of the file when blank lines are skipped', () => {
    expect(csvToTable('a,b\n1,2\n,\n3,4\n').rows.map((row) => row.line)).toEqual([2, 4])
  })
})

describe('numbers', () => {
  it.each([
    ['1 234,5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['3 000 000 000', 3_000_000_000],
    ['3\u00a0000\u202f000', 3_000_000],
    ['12,5', 12.5],
    ['0,125', 0.125],
    ['1,234', 1234],
    ['1.234.567', 1234567],
    ['-7', -7],
    ['\u22127,5', -7.5],
    ['42', 42],
  ])('should read %s as %d', (text, expected) => {
    expect(textToNumber(text)).toBe(expected)
  })

  it.each(['', 'lots', '12%', '1.2.3,4,5', 'USD 5'])('should refuse “%s”', (text) => {
    expect(textToNumber(text)).toBeNull()
  })
})

describe('dates and periods', () => {
  it('should read access dates in the usual notations and refuse impossible days', () => {
    expect(textToIsoDay('15.10.2025')).toBe('2025-10-15')
    expect(textToIsoDay('5/1/2025')).toBe('2025-01-05')
    expect(textToIsoDay('2025-10-15')).toBe('2025-10-15')
    expect(textToIsoDay('31.02.2025')).toBeNull()
    expect(textToIsoDay('yesterday')).toBeNull()
  })

  it('should read years, months, ranges, fiscal years, single days and Excel year numbers', () => {
    expect(textToPeriod('2025')).toEqual({ kind: 'year', year: 2025 })
    expect(textToPeriod('2025.0')).toEqual({ kind: 'year', year: 2025 })
    expect(textToPeriod('2025-01..2025-08')).toEqual({ end: '2025-08-31', kind: 'dates', start: '2025-01-01' })
    expect(textToPeriod('2025-01 – 2025-08')).toEqual({ end: '2025-08-31', kind: 'dates', start: '2025-01-01' })
    expect(textToPeriod('19.12.2025')).toEqual({ end: '2025-12-19', kind: 'dates', start: '2025-12-19' })
    expect(textToPeriod('FY2025')).toMatchObject({ end: '2025-03-31', label: 'FY2025', start: '2024-04-01' })
    expect(textToPeriod('')).toEqual({ kind: 'undated' })
    expect(() => textToPeriod('last year')).toThrow()
  })
})

describe('country names', () => {
  const match = createCountryMatcher([
    { id: 1, iso2: 'KG', iso3: 'KGZ', name: 'Kyrgyzstan' },
    { id: 2, iso2: 'KZ', iso3: 'KAZ', name: 'Kazakhstan' },
    { id: 3, iso2: 'TR', iso3: 'TUR', name: 'Türkiye' },
    { id: 4, iso3: 'EUU', name: 'European Union' },
  ])

  it.each([
    ['KG', 1],
    ['kgz', 1],
    ['Kyrgyzstan', 1],
    ['Kyrgyz Republic', 1],
    ['Kirghizia', 1],
    ['Киргизия', 1],
    ['Кыргызстан', 1],
    ['Казахстан', 2],
    ['Republic of Kazakhstan', 2],
    ['Turkey', 3],
    ['turkiye', 3],
    ['EUU', 4],
    ['european union', 4],
  ])('should find %s', (text, id) => {
    expect(match(text)?.id).toBe(id)
  })

  it('should find nothing for unknown names or countries we do not keep', () => {
    expect(match('Narnia')).toBeNull()
    expect(match('France')).toBeNull()
    expect(match('')).toBeNull()
  })
})

describe('column mapping', () => {
  it('should match usual headers and leave unknown ones unmapped', () => {
    const mapping = guessMapping([
      'Indicator',
      'ISO3',
      'Partner country',
      'Year',
      'Value',
      'Units',
      'Source URL',
      'Accessed',
      'Remarks',
      'Colour',
    ])
    expect(mapping).toEqual({
      accessed: 7,
      country: 1,
      indicator: 0,
      note: 8,
      partner: 2,
      period: 3,
      sourceUrl: 6,
      unit: 5,
      value: 4,
    })
    expect(missingRequiredFields(mapping)).toEqual([])
    expect(missingRequiredFields(guessMapping(['Land', 'Wert']))).toEqual(['Indicator', 'Country', 'Value'])
  })
})

describe('XLSX files', () => {
  const workbookBytes = async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Data')
    sheet.addRow(['indicator', 'country', 'period', 'value', 'accessed'])
    sheet.addRow(['synthetic', 'KAZ', 2024, 1234.5, new Date(Date.UTC(2025, 9, 15))])
    sheet.addRow(['synthetic', 'KGZ', new Date(Date.UTC(2025, 11, 19)), { formula: '2*3', result: 6 }, '15.10.2025'])
    sheet.getCell('E2').numFmt = 'dd.mm.yyyy'
    return new Uint8Array(await workbook.xlsx.writeBuffer())
  }

  it('should read date cells as days, numbers exactly and formulas by their result', async () => {
    const table = await xlsxToTable(await workbookBytes())
    expect(table.headers).toEqual(['indicator', 'country', 'period', 'value', 'accessed'])
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['synthetic', 'KAZ', '2024', '1234.5', '2025-10-15'],
      ['synthetic', 'KGZ', '2025-12-19', '6', '15.10.2025'],
    ])
  })

  it('should tell XLSX from CSV by content when the name does not say', async () => {
    expect((await fileToTable({ bytes: await workbookBytes(), name: 'upload' })).rows).toHaveLength(2)
    expect((await fileToTable({ bytes: new TextEncoder().encode('a;b\n1;2'), name: 'upload' })).rows).toHaveLength(1)
  })
})
