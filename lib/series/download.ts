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

/** One entry of a figure's revision log in a download (`&revisions=1`). */
export type DownloadRevision = {
  approved_by: string
  kind: string
  previous_value: null | number
  previous_value_max: null | number
  published_at: string
  reason: string
  value: null | number
  value_max: null | number
}

export type DownloadRowWithRevisions = DownloadRow & { revisions: DownloadRevision[] }

export const REVISION_COLUMNS = [
  'revision',
  'revision_published_at',
  'previous_value',
  'previous_value_max',
  'revision_reason',
  'revision_approved_by',
] as const

/**
 * CSV of figures with their revision logs: one line per log entry, oldest first, the figure's
 * columns repeated and `value`/`value_max` as published by that entry (empty once withdrawn), so
 * the last line of each figure is the figure as shown.
 */
export const downloadRowsWithRevisionsToCsv = (rows: DownloadRowWithRevisions[]): string =>
  Papa.unparse(
    {
      data: neutraliseCsvRows(
        rows.flatMap((row) =>
          row.revisions.map((revision) => [
            ...DOWNLOAD_COLUMNS.map((column) =>
              column === 'value'
                ? (revision.value ?? '')
                : column === 'value_max'
                  ? (revision.value_max ?? '')
                  : (row[column] ?? ''),
            ),
            revision.kind,
            revision.published_at,
            revision.previous_value ?? '',
            revision.previous_value_max ?? '',
            revision.reason,
            revision.approved_by,
          ]),
        ),
      ),
      fields: [...DOWNLOAD_COLUMNS, ...REVISION_COLUMNS],
    },
    { newline: '\r\n' },
  )
