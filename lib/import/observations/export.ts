import type { Payload, Where } from 'payload'

import ExcelJS from 'exceljs'
import Papa from 'papaparse'

import type { User } from '@/payload-types'

import type { ObservationData } from '@/lib/observations/data'

import { neutraliseCsvRows } from '@/lib/csv/formulaCells'
import { observationToData } from '@/lib/observations/data'
import { periodToKey, storedPeriodToPeriod } from '@/lib/period'

import type { ImportReference } from './plan'

import { loadImportReference } from './server'

/** Export columns: the import recognises every one of these headers without any mapping. */
export const EXPORT_HEADERS = [
  'indicator',
  'country',
  'partner',
  'subject',
  'period',
  'period_label',
  'value',
  'value_max',
  'unit',
  'qualifier',
  'qualifier_note',
  'source_url',
  'source_article',
  'footnote',
  'accessed',
  'publisher',
  'note',
] as const

export type ExportFilter = { country?: string; from?: string; indicator?: string; to?: string }

/** Observations as export rows, with codes and slugs that the import reads back to the same records. */
export const observationsToRows = (
  observations: ObservationData[],
  reference: ImportReference,
): (number | string)[][] => {
  const slugOf = new Map(reference.indicators.map((indicator) => [String(indicator.id), indicator.slug]))
  const iso3Of = new Map(reference.countries.map((country) => [String(country.id), country.iso3]))
  const articleOf = new Map(reference.articles.map((article) => [String(article.id), article.slug]))
  const text = (value: null | number | string | undefined) => (value === null || value === undefined ? '' : value)
  return observations.map((data) => [
    slugOf.get(String(data.indicator)) ?? '',
    iso3Of.get(String(data.country)) ?? '',
    data.partner === null ? '' : (iso3Of.get(String(data.partner)) ?? ''),
    text(data.subject),
    periodToKey(storedPeriodToPeriod(data.period)),
    text(data.period.label),
    data.value,
    text(data.valueMax),
    data.unit,
    data.qualifier,
    text(data.qualifierNote),
    text(data.source.url),
    data.source.article === null ? '' : (articleOf.get(String(data.source.article)) ?? ''),
    text(data.source.footnote),
    text(data.source.accessed),
    text(data.source.publisher),
    text(data.note),
  ])
}

/**
 * Observations the user can see (newest draft or published version), narrowed by indicator slug,
 * country ISO3 (as country or partner) and period years, oldest period first.
 */
export const findObservationsForExport = async ({
  filter,
  payload,
  user,
}: {
  filter: ExportFilter
  payload: Payload
  user: User
}): Promise<{ reference: ImportReference; rows: ObservationData[] }> => {
  const reference = await loadImportReference({ payload, user })
  const conditions: Where[] = []
  if (filter.indicator) {
    const indicator = reference.indicators.find((candidate) => candidate.slug === filter.indicator)
    conditions.push({ indicator: { equals: indicator?.id ?? -1 } })
  }
  if (filter.country) {
    const country = reference.countries.find((candidate) => candidate.iso3 === filter.country?.toUpperCase())
    conditions.push({ or: [{ country: { equals: country?.id ?? -1 } }, { partner: { equals: country?.id ?? -1 } }] })
  }
  if (filter.from) {
    conditions.push({ 'period.end': { greater_than_equal: `${filter.from}-01-01T00:00:00.000Z` } })
  }
  if (filter.to) {
    conditions.push({ 'period.start': { less_than_equal: `${filter.to}-12-31T00:00:00.000Z` } })
  }
  const { docs } = await payload.find({
    collection: 'observations',
    depth: 0,
    draft: true,
    overrideAccess: false,
    pagination: false,
    sort: ['period.start', 'id'],
    user,
    where: conditions.length > 0 ? { and: conditions } : undefined,
  })
  return { reference, rows: docs.map(observationToData) }
}

/** CSV with a BOM; text that would run as a formula is neutralised (the import undoes exactly that). */
export const rowsToCsv = (rows: (number | string)[][]): string =>
  `\uFEFF${Papa.unparse({ data: neutraliseCsvRows(rows), fields: [...EXPORT_HEADERS] }, { newline: '\r\n' })}\r\n`

/** XLSX: text goes in as shared strings, which a spreadsheet shows as text and never evaluates. */
export const rowsToXlsx = async (rows: (number | string)[][]): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Observations')
  sheet.addRow([...EXPORT_HEADERS])
  sheet.getRow(1).font = { bold: true }
  sheet.addRows(rows)
  sheet.columns.forEach((column) => {
    column.width = 16
  })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
