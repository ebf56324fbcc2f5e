import ExcelJS from 'exceljs'
import Papa from 'papaparse'

import { restoreCsvCell } from '@/lib/csv/formulaCells'
import { checkArchive, ImportLimitError, MAX_TABLE_ROWS, SPREADSHEET_ARCHIVE_LIMITS } from '@/lib/import/archiveLimits'

/** A spreadsheet as text cells: the header row and the data rows (row numbers are 1-based, header = 1). */
export type Table = { headers: string[]; rows: { cells: string[]; line: number }[] }

const isBlank = (cells: string[]) => cells.every((cell) => !cell.trim())

/** `readCell` sees each cell once trimmed. */
const tableFromRows = (raw: string[][], readCell: (cell: string) => string = (cell) => cell): Table => {
  const [header = [], ...body] = raw
  const headers = header.map((cell) => readCell(cell.replace(/^\uFEFF/, '').trim()))
  const rows = body
    .map((cells, index) => ({
      cells: headers.map((_, column) => readCell((cells[column] ?? '').trim())),
      line: index + 2,
    }))
    .filter((row) => !isBlank(row.cells))
  return { headers, rows }
}

/**
 * Reads CSV as spreadsheets write it: with or without a BOM, separated by commas, semicolons or tabs.
 * Refuses files of more than `MAX_TABLE_ROWS` rows (blank lines included). A cell our exports
 * neutralised (`'=…`) reads back as it was exported.
 */
export const csvToTable = (text: string): Table => {
  const content = text.replace(/^\uFEFF/, '')
  const header = content.slice(0, content.search(/\r?\n|$/)).replace(/"[^"]*"/g, '')
  const delimiter = [',', ';', '\t', '|'].reduce((best, candidate) =>
    header.split(candidate).length > header.split(best).length ? candidate : best,
  )
  const result = Papa.parse<string[]>(content, {
    delimiter,
    // The header and one row past the limit are enough to know the file is too long.
    preview: MAX_TABLE_ROWS + 2,
    // Blank lines are dropped later, so that row numbers stay those of the file.
    skipEmptyLines: false,
  })
  if (result.data.length > MAX_TABLE_ROWS + 1) {
    throw new ImportLimitError(
      `The file has more than ${MAX_TABLE_ROWS.toLocaleString('en')} rows; that is the limit. Split it into several files of at most ${MAX_TABLE_ROWS.toLocaleString('en')} rows each.`,
    )
  }
  return tableFromRows(result.data, restoreCsvCell)
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

const cellToText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) {
    return ''
  }
  if (value instanceof Date) {
    return isoDay(value)
  }
  if (typeof value === 'object') {
    if ('result' in value) {
      return cellToText(value.result as ExcelJS.CellValue)
    }
    if ('richText' in value) {
      return value.richText.map((part) => part.text).join('')
    }
    if ('text' in value) {
      return typeof value.text === 'string' ? value.text : cellToText(value.text as ExcelJS.CellValue)
    }
    if ('hyperlink' in value) {
      return String(value.hyperlink)
    }
    return ''
  }
  return String(value)
}

/**
 * Reads the first worksheet of an XLSX file; date cells become `YYYY-MM-DD`, numbers stay exact.
 * The archive is measured first (`SPREADSHEET_ARCHIVE_LIMITS`): exceljs unpacks every part whole.
 */
export const xlsxToTable = async (buffer: ArrayBuffer | Uint8Array): Promise<Table> => {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer)
  await checkArchive({ bytes, kind: 'spreadsheet', limits: SPREADSHEET_ARCHIVE_LIMITS })
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) {
    return { headers: [], rows: [] }
  }
  const raw: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellToText(cell.value)
    })
    raw[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '')
  })
  return tableFromRows(Array.from(raw, (row) => row ?? []))
}

/** CSV or XLSX by the file's name (or its first bytes: XLSX files are ZIP archives). */
export const fileToTable = async ({ bytes, name }: { bytes: Uint8Array; name: string }): Promise<Table> => {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b
  if (/\.xlsx$/i.test(name) || isZip) {
    return xlsxToTable(bytes)
  }
  return csvToTable(new TextDecoder('utf-8').decode(bytes))
}
