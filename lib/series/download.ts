import Papa from 'papaparse'

import { neutraliseCsvRows } from '@/lib/csv/formulaCells'

import type { SeriesPoint } from './points'

export type SourceRef = { accessed: null | string; text: string; url: null | string }

/** One figure as a downloadable row: exact stored values, no rounding or scaling. */
export type DownloadRow = {
  country: string
  country_name: string
  indicator: string
  indicator_name: string
  observation_id: string
  partner: string
  partner_name: string
  period: string
  period_end: string
  period_start: string
  qualifier: string
  qualifier_note: string
  source: string
  source_accessed: string
  source_url: string
  subject: string
  unit: string
  value: number
  value_max: null | number
}

export const DOWNLOAD_COLUMNS: (keyof DownloadRow)[] = [
  'indicator',
  'indicator_name',
  'country',
  'country_name',
  'partner',
  'partner_name',
  'subject',
  'period',
  'period_start',
  'period_end',
  'value',
  'value_max',
  'unit',
  'qualifier',
  'qualifier_note',
  'source',
  'source_url',
  'source_accessed',
  'observation_id',
]

export const pointToDownloadRow = ({
  countryName,
  indicatorName,
  point,
  source,
}: {
  countryName: (slug: string) => string
  indicatorName: (slug: string) => string
  point: SeriesPoint
  source: SourceRef
}): DownloadRow => ({
  country: point.country,
  country_name: countryName(point.country),
  indicator: point.indicator,
  indicator_name: indicatorName(point.indicator),
  observation_id: point.id,
  partner: point.partner ?? '',
  partner_name: point.partner ? countryName(point.partner) : '',
  period: point.periodLabel,
  period_end: point.periodEnd ?? '',
  period_start: point.periodStart ?? '',
  qualifier: point.qualifier,
  qualifier_note: point.qualifierNote ?? '',
  source: source.text,
  source_accessed: source.accessed ?? '',
  source_url: source.url ?? '',
  subject: point.subject ?? '',
  unit: point.unit,
  value: point.value,
  value_max: point.valueMax,
})

/** RFC 4180 CSV with a header row, in the fixed column order; text that would run as a formula is neutralised. */
export const downloadRowsToCsv = (rows: DownloadRow[]): string =>
  Papa.unparse(
    {
      data: neutraliseCsvRows(rows.map((row) => DOWNLOAD_COLUMNS.map((column) => row[column] ?? ''))),
      fields: DOWNLOAD_COLUMNS,
    },
    { newline: '\r\n' },
  )
