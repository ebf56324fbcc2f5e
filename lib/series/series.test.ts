import { describe, expect, it } from 'vitest'

import { alignByPeriod, emptyRows, missingCells, periodColumns } from './align'
import { latestWithChange } from './change'
import { DOWNLOAD_COLUMNS, downloadRowsToCsv, pointToDownloadRow } from './download'
import { bilateralMatrix, matrixKey } from './matrix'
import { axisUnitLabel, groupByUnit, scaleValue, sharedScale } from './scale'
import { buildPoint } from './testPoint'
import { newestPeriods } from './window'

describe('period alignment', () => {
  it('should order periods by their end, with undated figures last', () => {
    const columns = periodColumns([
      buildPoint({ period: '' }),
      buildPoint({ period: '2025' }),
      buildPoint({ period: '2025-01..2025-08' }),
      buildPoint({ period: '2023' }),
    ])
    expect(columns.map((column) => column.label)).toEqual(['2023', 'Jan–Aug 2025', '2025', 'undated'])
  })

  it('should put each figure under its own period and keep countries that have none', () => {
    const points = [
      buildPoint({ country: 'kazakhstan', period: '2024', value: 1 }),
      buildPoint({ country: 'kazakhstan', period: '2025', value: 2 }),
      buildPoint({ country: 'uzbekistan', period: '2025', value: 3 }),
    ]
    const alignment = alignByPeriod({
      points,
      rowOf: (point) => point.country,
      rows: ['kazakhstan', 'uzbekistan', 'turkmenistan'],
    })
    expect(alignment.columns.map((column) => column.key)).toEqual(['2024', '2025'])
    expect(alignment.rows.map(({ cells }) => cells.map((cell) => cell.map((point) => point.value)))).toEqual([
      [[1], [2]],
      [[], [3]],
      [[], []],
    ])
    expect(missingCells(alignment).map(({ column, row }) => `${row} ${column.label}`)).toEqual([
      'uzbekistan 2024',
      'turkmenistan 2024',
      'turkmenistan 2025',
    ])
    expect(emptyRows(alignment)).toEqual(['turkmenistan'])
  })

  it('should keep figures of one period apart when they differ by partner', () => {
    const alignment = alignByPeriod({
      points: [
        buildPoint({ partner: 'uzbekistan', period: '2025' }),
        buildPoint({ partner: 'kyrgyzstan', period: '2025' }),
      ],
      rowOf: (point) => point.country,
      rows: ['kazakhstan'],
    })
    expect(alignment.rows[0].cells[0].map((point) => point.partner)).toEqual(['uzbekistan', 'kyrgyzstan'])
  })

  it('should place a span at its middle and an undated figure nowhere', () => {
    expect(buildPoint({ period: '2025' }).periodMid).toBe('2025-07-02')
    expect(buildPoint({ period: '' }).periodMid).toBeNull()
  })
})

describe('latest value and change', () => {
  it('should compare the newest measured figure with the one before it', () => {
    const result = latestWithChange([
      buildPoint({ period: '2023', value: 200 }),
      buildPoint({ period: '2024', value: 250 }),
      buildPoint({ period: '2030', qualifier: 'target', value: 900 }),
    ])
    expect(result?.latest.value).toBe(250)
    expect(result?.change?.absolute).toBe(50)
    expect(result?.change?.percent).toBe(25)
  })

  it('should not compute a change between periods of different length', () => {
    const result = latestWithChange([
      buildPoint({ period: '2024', value: 4e9 }),
      buildPoint({ period: '2025-01..2025-08', value: 3e9 }),
    ])
    expect(result?.latest.value).toBe(3e9)
    expect(result?.change).toBeNull()
    expect(result?.noChangeReason).toBe('2024 covers a different length of time')
  })

  it('should not compute a change across units or from a range', () => {
    expect(
      latestWithChange([buildPoint({ period: '2023', unit: 'EUR' }), buildPoint({ period: '2024', unit: 'USD' })])
        ?.noChangeReason,
    ).toBe('earlier figure is in EUR')
    expect(
      latestWithChange([buildPoint({ period: '2023', value: 15, valueMax: 20 }), buildPoint({ period: '2024' })])
        ?.change,
    ).toBeNull()
  })

  it('should prefer an undated measured figure to a target, and a target to nothing', () => {
    const result = latestWithChange([
      buildPoint({ period: '', value: 10 }),
      buildPoint({ period: '2030', qualifier: 'target' }),
    ])
    expect(result?.latest.value).toBe(10)
    expect(result?.change).toBeNull()
    expect(
      latestWithChange([
        buildPoint({ period: '', qualifier: 'target', value: 1 }),
        buildPoint({ period: '2030', qualifier: 'target', value: 2 }),
        buildPoint({ period: '2035', qualifier: 'target', value: 3 }),
      ])?.latest.value,
    ).toBe(2)
    expect(latestWithChange([])).toBeNull()
  })

  it('should report no percentage against a zero', () => {
    const result = latestWithChange([
      buildPoint({ period: '2023', value: 0 }),
      buildPoint({ period: '2024', value: 5 }),
    ])
    expect(result?.change).toMatchObject({ absolute: 5, percent: null })
  })
})

describe('bilateral matrix', () => {
  const points = [
    buildPoint({ country: 'kazakhstan', partner: 'uzbekistan', period: '2024', value: 2 }),
    buildPoint({ country: 'kazakhstan', partner: 'uzbekistan', period: '2025', value: 3 }),
    buildPoint({ country: 'kazakhstan', partner: 'uzbekistan', period: '2030', qualifier: 'target', value: 10 }),
    buildPoint({ country: 'kazakhstan', partner: 'kyrgyzstan', period: '2030', qualifier: 'target', value: 3 }),
    buildPoint({ country: 'uzbekistan', partner: 'kyrgyzstan', period: '2025', value: 1 }),
    buildPoint({ country: 'russia', partner: 'china', period: '2025', value: 99 }),
    buildPoint({ country: 'kazakhstan', partner: null, period: '2025', value: 7 }),
  ]
  const matrix = bilateralMatrix({ points, reporters: ['kazakhstan', 'uzbekistan', 'turkmenistan'] })

  it('should show the newest observed figure per pair, a bound before a target', () => {
    const bounded = bilateralMatrix({
      points: [
        buildPoint({ partner: 'kyrgyzstan', period: '2025', qualifier: 'upper-bound', value: 2 }),
        buildPoint({ partner: 'kyrgyzstan', period: '2030', qualifier: 'target', value: 3 }),
      ],
      reporters: ['kazakhstan'],
    })
    expect(bounded.cells.get(matrixKey('kazakhstan', 'kyrgyzstan'))?.shown.value).toBe(2)
    expect(matrix.cells.get(matrixKey('kazakhstan', 'uzbekistan'))?.shown.value).toBe(3)
    expect(matrix.cells.get(matrixKey('kazakhstan', 'uzbekistan'))?.points).toHaveLength(3)
    expect(matrix.cells.get(matrixKey('kazakhstan', 'kyrgyzstan'))?.shown.qualifier).toBe('target')
  })

  it('should order partners by how many reporters have figures with them', () => {
    expect(matrix.partners).toEqual(['kyrgyzstan', 'uzbekistan'])
  })

  it('should keep reporters without figures and leave out other reporters and partnerless figures', () => {
    expect(matrix.reporters).toEqual(['kazakhstan', 'uzbekistan', 'turkmenistan'])
    expect(matrix.cells.has(matrixKey('russia', 'china'))).toBe(false)
    expect(matrix.cells.size).toBe(3)
  })
})

describe('unit scaling', () => {
  it('should pick the scale from the largest value within what the indicators allow', () => {
    expect(sharedScale({ scales: ['1e9', '1e6'], values: [3e9, 927e6] })).toBe('1e9')
    expect(sharedScale({ scales: ['1e9', '1e9'], values: [927e6, 652e6] })).toBe('1e6')
    expect(sharedScale({ scales: ['1'], values: [1_500_000] })).toBe('1')
    expect(sharedScale({ scales: ['1e6', '1'], values: [45_000_000] })).toBe('1e6')
    expect(sharedScale({ scales: [], values: [12_000] })).toBe('1e3')
    expect(sharedScale({ scales: ['1e9'], values: [-4e9, 1e9] })).toBe('1e9')
  })

  it('should scale values and label the axis', () => {
    expect(scaleValue(3e9, '1e9')).toBe(3)
    expect(axisUnitLabel('USD', '1e9')).toBe('USD billion')
    expect(axisUnitLabel('percent', '1')).toBe('%')
  })

  it('should never put two units on one axis', () => {
    const groups = groupByUnit([buildPoint({ unit: 'USD' }), buildPoint({ unit: 'EUR' }), buildPoint({ unit: 'USD' })])
    expect([...groups.keys()]).toEqual(['USD', 'EUR'])
    expect(groups.get('USD')).toHaveLength(2)
  })
})

describe('downloads', () => {
  it('should write exact values, quoted where needed, in the fixed column order', () => {
    const point = buildPoint({
      partner: 'uzbekistan',
      period: '2025-01..2025-08',
      qualifierNote: 'y/y, "implied"',
      value: 3e9,
    })
    const row = pointToDownloadRow({
      countryName: (slug) => (slug === 'kazakhstan' ? 'Kazakhstan' : 'Uzbekistan'),
      indicatorName: () => 'Bilateral trade turnover',
      point,
      source: { accessed: null, text: 'The Ascendant Axis, note 1', url: 'http://x.test/articles/a#note-i' },
    })
    const [header, line] = downloadRowsToCsv([row]).split('\r\n')
    expect(header.split(',')).toEqual(DOWNLOAD_COLUMNS)
    expect(line).toContain('3000000000')
    expect(line).toContain('"y/y, ""implied"""')
    expect(line).toContain('2025-01-01,2025-08-31')
  })
})

describe('newestPeriods', () => {
  it('should keep every point when there are no more periods than the limit', () => {
    const points = [buildPoint({ period: '2023' }), buildPoint({ period: '2024' })]
    expect(newestPeriods(points, 2)).toEqual({ omittedPeriods: 0, points })
  })

  it('should keep the newest periods of all series and undated points, and count the older periods left out', () => {
    const points = [
      buildPoint({ country: 'georgia', period: '2021' }),
      buildPoint({ period: '2022' }),
      buildPoint({ country: 'georgia', period: '2024' }),
      buildPoint({ period: '2025-01..2025-06' }),
      buildPoint({ period: 'undated' }),
    ]
    const { omittedPeriods, points: kept } = newestPeriods(points, 2)
    expect(omittedPeriods).toBe(2)
    expect(kept.map((point) => point.periodLabel)).toEqual([
      points[2].periodLabel,
      points[3].periodLabel,
      points[4].periodLabel,
    ])
  })
})
