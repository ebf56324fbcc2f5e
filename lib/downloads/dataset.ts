import type { Citation } from '@/lib/citation/citation'
import type { DownloadRow } from '@/lib/series/download'

import { subjectToCitation } from '@/lib/citation/citation'
import { CITATION_PUBLISHER, DATA_LICENCE } from '@/lib/citation/licence'
import { formatDate } from '@/lib/format'
import { DOWNLOAD_COLUMNS, downloadRowsToCsv } from '@/lib/series/download'

/** What a download says about an indicator: its definition, units and methodology in plain text. */
export type DatasetIndicator = {
  definition: string
  methodology: string
  name: string
  otherUnits: string[]
  slug: string
  unit: string
}

/** The figures of one page (profile, indicator or comparison) with what a reader needs to reuse them. */
export type Dataset = {
  /** The day the data was downloaded (YYYY-MM-DD, UTC). */
  accessedOn: string
  /** The day the figures are pinned to (YYYY-MM-DD), or null for current figures. */
  asOf: null | string
  /** File names inside and of the download, without extension: `crossroads-indicator-gdp`. */
  fileBase: string
  indicators: DatasetIndicator[]
  /** When the newest publication or correction among these figures was made (ISO instant), if recorded. */
  lastRevisedAt: null | string
  /** What a reader should know about the selection, e.g. that only the newest figures are included. */
  notes: string[]
  permalink: string
  rows: DownloadRow[]
  title: string
}

/** One source the figures cite: a web page with the day it was read, or a note of a Crossroads article. */
export type DatasetSource = { accessed: null | string; figures: number; text: string; url: null | string }

/** Every distinct source of the rows, the most used first. */
export const downloadRowsToSources = (rows: DownloadRow[]): DatasetSource[] => {
  const sources = new Map<string, DatasetSource>()
  for (const row of rows) {
    if (!row.source && !row.source_url) {
      continue
    }
    const key = `${row.source}\u0000${row.source_url}`
    const known = sources.get(key)
    sources.set(key, {
      accessed: row.source_accessed || null,
      figures: (known?.figures ?? 0) + 1,
      text: row.source,
      url: row.source_url || null,
    })
  }
  return [...sources.values()].sort((a, b) => b.figures - a.figures || a.text.localeCompare(b.text))
}

export const datasetToCitation = (dataset: Dataset): Citation =>
  subjectToCitation({
    accessedOn: dataset.accessedOn,
    asOf: dataset.asOf,
    permalink: dataset.permalink,
    title: dataset.title,
  })

export const datasetCsvName = (dataset: Dataset): string => `${dataset.fileBase}.csv`

/** The `metadata.json` of a ZIP download: everything about the figures except the figures. */
export const datasetToMetadata = (dataset: Dataset) => ({
  accessed: dataset.accessedOn,
  asOf: dataset.asOf,
  citation: datasetToCitation(dataset),
  columns: DOWNLOAD_COLUMNS,
  dataFile: datasetCsvName(dataset),
  figureCount: dataset.rows.length,
  indicators: dataset.indicators,
  lastRevisedAt: dataset.lastRevisedAt,
  licence: DATA_LICENCE,
  notes: dataset.notes,
  permalink: dataset.permalink,
  publisher: CITATION_PUBLISHER,
  sources: downloadRowsToSources(dataset.rows),
  title: dataset.title,
})

const COLUMN_HELP: [string, string][] = [
  ['indicator, indicator_name', 'what is measured (slug and name)'],
  ['country, country_name', 'the country the figure is about (the reporter of a bilateral figure)'],
  ['partner, partner_name', 'the other country of a bilateral figure, empty otherwise'],
  ['subject', 'what the figure counts within the indicator, when it says'],
  ['period, period_start, period_end', 'the period as the source gives it, and its first and last day'],
  ['value, value_max', 'the figure exactly as published, not rounded or scaled; value_max ends a range'],
  ['unit', 'the unit of value'],
  ['qualifier, qualifier_note', 'actual, estimate, target, bound and so on, with the reason'],
  ['source, source_url, source_accessed', 'where the figure comes from, and the day that page was read'],
  ['observation_id', 'the figure’s number; /figures/<number> on the site shows its history'],
]

/** The README of a ZIP download, in plain words: what the files are, the sources, the licence and how to cite. */
export const datasetToReadme = (dataset: Dataset): string => {
  const citation = datasetToCitation(dataset)
  const sources = downloadRowsToSources(dataset.rows)
  const lines = [
    dataset.title,
    '='.repeat(Math.min(dataset.title.length, 72)),
    '',
    `Downloaded from ${CITATION_PUBLISHER} on ${formatDate(dataset.accessedOn)}: ${dataset.permalink}`,
    dataset.asOf
      ? `These are the figures as published at the end of ${formatDate(dataset.asOf)} (UTC). Corrections made later are not included; the current figures are at the address without "asOf".`
      : 'These are the figures published on the day of the download. Later corrections are listed in each figure’s history on the site.',
    ...dataset.notes,
    '',
    'Files',
    '-----',
    `${datasetCsvName(dataset)}: ${dataset.rows.length} ${dataset.rows.length === 1 ? 'figure' : 'figures'}, one per row (UTF-8 CSV).`,
    'metadata.json: the indicator definitions, units and methodology, every source, the last revision date, the licence and the citation, for programs.',
    'README.txt: this file.',
    '',
    'Columns',
    '-------',
    ...COLUMN_HELP.map(([columns, help]) => `${columns}: ${help}.`),
    '',
    'Indicators',
    '----------',
    ...(dataset.indicators.length
      ? dataset.indicators.flatMap((indicator) => [
          `${indicator.name} (${[indicator.unit, ...indicator.otherUnits].join(' or ')})`,
          `  ${indicator.definition}`,
          ...(indicator.methodology ? [`  Methodology: ${indicator.methodology.replace(/\n+/g, ' ')}`] : []),
        ])
      : ['No indicator has figures here.']),
    '',
    'Sources',
    '-------',
    ...(sources.length
      ? sources.map(
          (source) =>
            `- ${source.text}${source.url ? ` <${source.url}>` : ''}${source.accessed ? ` (accessed ${source.accessed})` : ''}: ${source.figures} ${source.figures === 1 ? 'figure' : 'figures'}`,
        )
      : ['No figure here cites a source.']),
    '',
    `Last revision: ${dataset.lastRevisedAt ? formatDate(dataset.lastRevisedAt) : 'none recorded for these figures'}.`,
    '',
    'Licence',
    '-------',
    `${DATA_LICENCE.title} (${DATA_LICENCE.name}), ${DATA_LICENCE.url}`,
    `You may copy, share and adapt these figures for any purpose, also commercially, if you credit ${CITATION_PUBLISHER} and keep the sources named with the figures. The original sources may set terms of their own for their data.`,
    '',
    'How to cite',
    '-----------',
    citation.text,
    '',
    'BibTeX:',
    citation.bibtex,
    '',
  ]
  return lines.join('\r\n')
}

export type DownloadFile = { content: string; name: string }

/** The figures as CSV with a byte-order mark, which spreadsheet programs need to read UTF-8. */
export const datasetToCsvFile = (dataset: Dataset): DownloadFile => ({
  content: `\uFEFF${downloadRowsToCsv(dataset.rows)}\r\n`,
  name: datasetCsvName(dataset),
})

/** The files of a ZIP download, data first. */
export const datasetToZipFiles = (dataset: Dataset): DownloadFile[] => [
  datasetToCsvFile(dataset),
  { content: `${JSON.stringify(datasetToMetadata(dataset), null, 2)}\n`, name: 'metadata.json' },
  { content: datasetToReadme(dataset), name: 'README.txt' },
]
