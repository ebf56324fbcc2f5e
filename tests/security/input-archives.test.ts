import { describe, expect, it } from 'vitest'

import { docxToMarkdown } from '@/lib/import/article/docx'
import { MAX_TABLE_ROWS } from '@/lib/import/archiveLimits'
import { csvToTable, fileToTable } from '@/lib/import/observations/parseTable'

import { buildZip, measureMemory, sheetWithRows, XLSX_FRAME } from './input-zip'

/**
 * Issue #14 item 5: XLSX and DOCX imports cap uncompressed size, entries and rows before unpacking
 * everything. The bombs are built here: 200 MB of zeros deflate to about 200 KB.
 */
const BOMB_BYTES = 200 * 1024 * 1024

/** What refusing a bomb may cost in memory: far below what unpacking it would take. */
const MEMORY_BUDGET_MB = 64

const xlsx = async (sheet: Parameters<typeof buildZip>[0][number]) => buildZip([...XLSX_FRAME, sheet])

describe('spreadsheet archives', () => {
  it('should refuse a sheet that unpacks to 200 MB without unpacking it', async () => {
    const bomb = await xlsx({ name: 'xl/worksheets/sheet1.xml', zeros: BOMB_BYTES })
    const { error, growthMb } = await measureMemory(() => fileToTable({ bytes: bomb, name: 'bomb.xlsx' }))
    expect(String(error)).toContain('unpacks to 200 MB; the limit is 100 MB')
    expect(growthMb).toBeLessThan(MEMORY_BUDGET_MB)
  })

  it('should refuse a sheet whose directory claims 1 KB but which unpacks to 200 MB, with memory flat', async () => {
    const liar = await xlsx({ declaredSize: 1024, name: 'xl/worksheets/sheet1.xml', zeros: BOMB_BYTES })
    const { error, growthMb } = await measureMemory(() => fileToTable({ bytes: liar, name: 'liar.xlsx' }))
    expect(String(error)).toContain('records a wrong size for xl/worksheets/sheet1.xml')
    expect(growthMb).toBeLessThan(MEMORY_BUDGET_MB)
  })

  it('should refuse a part packed 1,000 to 1, as bombs are', async () => {
    const dense = await xlsx({ name: 'xl/worksheets/sheet1.xml', zeros: 50 * 1024 * 1024 })
    await expect(fileToTable({ bytes: dense, name: 'dense.xlsx' })).rejects.toThrow('which marks a ZIP bomb')
  })

  it('should refuse an archive of more parts than a spreadsheet has', async () => {
    const crowded = await buildZip([
      ...XLSX_FRAME,
      ...Array.from({ length: 600 }, (_, index) => ({ data: 'x', name: `xl/media/image${index}.png` })),
    ])
    await expect(fileToTable({ bytes: crowded, name: 'crowded.xlsx' })).rejects.toThrow(
      'holds 604 files inside; the limit is 500',
    )
  })

  it('should refuse more rows than an import reads, before exceljs unpacks the sheet', async () => {
    const long = await xlsx({ data: sheetWithRows(MAX_TABLE_ROWS + 2), name: 'xl/worksheets/sheet1.xml' })
    await expect(fileToTable({ bytes: long, name: 'long.xlsx' })).rejects.toThrow('more than 100,000 rows')
  })

  it('should still read a sheet within the limits', async () => {
    const table = await fileToTable({
      bytes: await xlsx({ data: sheetWithRows(3), name: 'xl/worksheets/sheet1.xml' }),
      name: 'small.xlsx',
    })
    expect(table.headers).toEqual(['x'])
    expect(table.rows).toHaveLength(2)
  })

  it('should refuse a CSV file of more rows than an import reads', () => {
    expect(() => csvToTable(`value\n${'1\n'.repeat(MAX_TABLE_ROWS + 1)}`)).toThrow('more than 100,000 rows')
  })
})

describe('Word archives', () => {
  it('should refuse a document that unpacks to 200 MB without unpacking it', async () => {
    const bomb = await buildZip([{ name: 'word/document.xml', zeros: BOMB_BYTES }])
    const { error, growthMb } = await measureMemory(() => docxToMarkdown(bomb))
    expect(String(error)).toContain('unpacks to 200 MB; the limit is 50 MB')
    expect(growthMb).toBeLessThan(MEMORY_BUDGET_MB)
  })

  it('should refuse a document of more paragraphs than an article import reads', async () => {
    const paragraphs = Array.from(
      { length: 50_001 },
      (_, index) => `<w:p><w:r><w:t>Paragraph ${index * 7919}</w:t></w:r></w:p>`,
    )
    const document = `<w:document><w:body>${paragraphs.join('')}</w:body></w:document>`
    const long = await buildZip([{ data: document, name: 'word/document.xml' }])
    await expect(docxToMarkdown(long)).rejects.toThrow('more than 50,000 paragraphs')
  })
})
