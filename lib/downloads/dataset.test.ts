import { describe, expect, it } from 'vitest'

import type { DownloadRow } from '@/lib/series/download'

import type { Dataset } from './dataset'

import {
  datasetToCsvFile,
  datasetToMetadata,
  datasetToReadme,
  datasetToZipFiles,
  downloadRowsToSources,
} from './dataset'

const rowOf = (overrides: Partial<DownloadRow>): DownloadRow => ({
  country: 'kazakhstan',
  country_name: 'Kazakhstan',
  indicator: 'bilateral-trade-volume',
  indicator_name: 'Bilateral trade turnover',
  observation_id: '1',
  partner: 'uzbekistan',
  partner_name: 'Uzbekistan',
  period: '2024',
  period_end: '2024-12-31',
  period_start: '2024-01-01',
  qualifier: 'actual',
  qualifier_note: '',
  source: 'stat.gov.kz (accessed 2 March 2025)',
  source_accessed: '2025-03-02',
  source_url: 'https://stat.gov.kz/trade',
  subject: '',
  unit: 'USD',
  value: 4_412_345_678.9,
  value_max: null,
  ...overrides,
})

const articleRow = rowOf({
  observation_id: '2',
  source: 'The Ascendant Axis in Central Asia, note 1',
  source_accessed: '',
  source_url: 'https://crossroads.example/articles/ascendant-axis#note-i',
  value: 3_000_000_000,
})

const datasetOf = (overrides: Partial<Dataset> = {}): Dataset => ({
  accessedOn: '2026-12-05',
  asOf: null,
  fileBase: 'crossroads-indicator-bilateral-trade-volume',
  indicators: [
    {
      definition: 'Exports plus imports between two countries.',
      methodology: 'Customs data of the reporting country.\n\nMirror figures are shown beside it.',
      name: 'Bilateral trade turnover',
      otherUnits: ['EUR'],
      slug: 'bilateral-trade-volume',
      unit: 'USD',
    },
  ],
  lastRevisedAt: '2026-11-20T09:15:00.000Z',
  notes: [],
  permalink: 'https://crossroads.example/indicators/bilateral-trade-volume',
  rows: [rowOf({}), articleRow, rowOf({ observation_id: '3', period: '2023', value: 3.5 })],
  title: 'Bilateral trade turnover: published figures by country',
  ...overrides,
})

describe('downloadRowsToSources', () => {
  it('should list each web page and article note once, the most cited first, with its address and access day', () => {
    expect(downloadRowsToSources(datasetOf().rows)).toEqual([
      {
        accessed: '2025-03-02',
        figures: 2,
        text: 'stat.gov.kz (accessed 2 March 2025)',
        url: 'https://stat.gov.kz/trade',
      },
      {
        accessed: null,
        figures: 1,
        text: 'The Ascendant Axis in Central Asia, note 1',
        url: 'https://crossroads.example/articles/ascendant-axis#note-i',
      },
    ])
  })

  it('should leave out figures that cite no source', () => {
    expect(downloadRowsToSources([rowOf({ source: '', source_accessed: '', source_url: '' })])).toEqual([])
  })
})

describe('datasetToMetadata', () => {
  it('should hold the indicator definitions, every source, the last revision, licence and citation', () => {
    const metadata = datasetToMetadata(datasetOf())
    expect(metadata).toMatchObject({
      accessed: '2026-12-05',
      asOf: null,
      dataFile: 'crossroads-indicator-bilateral-trade-volume.csv',
      figureCount: 3,
      indicators: [{ definition: 'Exports plus imports between two countries.', unit: 'USD' }],
      lastRevisedAt: '2026-11-20T09:15:00.000Z',
      licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      permalink: 'https://crossroads.example/indicators/bilateral-trade-volume',
    })
    expect(metadata.sources.map((source) => source.url)).toEqual([
      'https://stat.gov.kz/trade',
      'https://crossroads.example/articles/ascendant-axis#note-i',
    ])
    expect(metadata.citation.text).toContain('https://crossroads.example/indicators/bilateral-trade-volume')
  })
})

describe('datasetToReadme', () => {
  it('should name every source with its address, the licence and how to cite', () => {
    const readme = datasetToReadme(datasetOf())
    expect(readme).toContain(
      '- stat.gov.kz (accessed 2 March 2025) <https://stat.gov.kz/trade> (accessed 2025-03-02): 2 figures',
    )
    expect(readme).toContain(
      '- The Ascendant Axis in Central Asia, note 1 <https://crossroads.example/articles/ascendant-axis#note-i>: 1 figure',
    )
    expect(readme).toContain('Creative Commons Attribution 4.0 International (CC BY 4.0)')
    expect(readme).toContain('Crossroads (2026). Bilateral trade turnover: published figures by country.')
    expect(readme).toContain('@misc{')
    expect(readme).toContain('Last revision: 20 November 2026.')
    expect(readme).toContain('Bilateral trade turnover (USD or EUR)')
    expect(readme).toContain(
      '  Methodology: Customs data of the reporting country. Mirror figures are shown beside it.',
    )
    expect(readme).toContain('crossroads-indicator-bilateral-trade-volume.csv: 3 figures, one per row')
  })

  it('should say the figures are pinned to a day and that later corrections are left out', () => {
    const readme = datasetToReadme(
      datasetOf({ asOf: '2025-06-30', permalink: 'https://crossroads.example/indicators/x?asOf=2025-06-30' }),
    )
    expect(readme).toContain('These are the figures as published at the end of 30 June 2025 (UTC).')
    expect(readme).toContain('https://crossroads.example/indicators/x?asOf=2025-06-30')
  })

  it('should say when no revision is recorded and when the figures are only the newest', () => {
    const readme = datasetToReadme(
      datasetOf({ lastRevisedAt: null, notes: ['This download holds the 2 newest of 9 published figures.'] }),
    )
    expect(readme).toContain('Last revision: none recorded for these figures.')
    expect(readme).toContain('This download holds the 2 newest of 9 published figures.')
  })
})

describe('datasetToCsvFile', () => {
  it('should write the exact stored values, unrounded, after a byte-order mark', () => {
    const { content, name } = datasetToCsvFile(datasetOf())
    expect(name).toBe('crossroads-indicator-bilateral-trade-volume.csv')
    expect(content.startsWith('\uFEFFindicator,indicator_name,')).toBe(true)
    expect(content).toContain(',4412345678.9,')
    expect(content).toContain(',3.5,')
  })
})

describe('datasetToZipFiles', () => {
  it('should hold the CSV, metadata.json and README.txt, data first', () => {
    expect(datasetToZipFiles(datasetOf()).map((file) => file.name)).toEqual([
      'crossroads-indicator-bilateral-trade-volume.csv',
      'metadata.json',
      'README.txt',
    ])
  })
})
