import { describe, expect, it } from 'vitest'

import { COMPARE_PERIODS, compareFigureOrder, figuresToCompareSection } from './compareSection'
import { buildPoint } from './testPoint'

const NAMES: Record<string, string> = {
  china: 'China',
  georgia: 'Georgia',
  kazakhstan: 'Kazakhstan',
  russia: 'Russia',
  uzbekistan: 'Uzbekistan',
}
const nameOf = (slug: string) => NAMES[slug] ?? slug
const chosen = (...slugs: string[]) => slugs.map((slug) => ({ name: NAMES[slug], slug }))
const trade = { kind: 'bilateral', scale: '1e9', slug: 'bilateral-trade-volume' }
const gdp = { kind: 'country', scale: '1e9', slug: 'gdp' }

describe('compareFigureOrder', () => {
  it('should order by indicator and country as chosen, then partner by name, subject and period', () => {
    const figures = [
      buildPoint({ country: 'kazakhstan', indicator: 'gdp', period: '2024' }),
      buildPoint({ country: 'uzbekistan', partner: 'russia', period: '2024' }),
      buildPoint({ country: 'uzbekistan', partner: 'china', period: '2024' }),
      buildPoint({ country: 'kazakhstan', partner: 'china', period: '2024', subject: 'rail freight' }),
      buildPoint({ country: 'kazakhstan', partner: 'china', period: '2024' }),
      buildPoint({ country: 'kazakhstan', partner: 'china', period: '2023' }),
    ]
    const sorted = [...figures].sort(
      compareFigureOrder({
        countries: ['kazakhstan', 'uzbekistan'],
        indicators: ['bilateral-trade-volume', 'gdp'],
        nameOf,
      }),
    )
    expect(sorted).toEqual([figures[5], figures[4], figures[3], figures[2], figures[1], figures[0]])
  })
})

describe('figuresToCompareSection', () => {
  it('should keep a row for each chosen country of a country indicator, with or without figures', () => {
    const section = figuresToCompareSection({
      countries: chosen('kazakhstan', 'georgia'),
      figures: [buildPoint({ country: 'kazakhstan', indicator: 'gdp', period: '2024' })],
      indicator: gdp,
      isExpanded: false,
      nameOf,
    })
    expect(section.rows.map((row) => row.label)).toEqual(['Kazakhstan', 'Georgia'])
    expect(section.countriesWithout.map((country) => country.slug)).toEqual(['georgia'])
    expect(section.newest.map(({ figure }) => figure?.periodLabel ?? null)).toEqual(['2024', null])
    expect(section.matrix).toBeNull()
    expect(section.byPeriod).toBeNull()
  })

  it('should give a bilateral indicator one row per pair and subject, and a reporter × partner matrix', () => {
    const figures = [
      buildPoint({ country: 'uzbekistan', partner: 'kazakhstan', period: '2024', value: 2e9 }),
      buildPoint({ country: 'kazakhstan', partner: 'uzbekistan', period: '2025-01..2025-08', value: 3e9 }),
      buildPoint({ country: 'kazakhstan', partner: 'china', period: '2024', subject: 'rail freight', value: 1e9 }),
      buildPoint({ country: 'kazakhstan', partner: 'uzbekistan', period: '2030', qualifier: 'target', value: 1e10 }),
    ]
    const section = figuresToCompareSection({
      countries: chosen('kazakhstan', 'uzbekistan', 'georgia'),
      figures,
      indicator: trade,
      isExpanded: false,
      nameOf,
    })
    expect(section.rows.map((row) => row.label)).toEqual([
      'Kazakhstan × China (rail freight)',
      'Kazakhstan × Uzbekistan',
      'Uzbekistan × Kazakhstan',
    ])
    expect(section.countriesWithout.map((country) => country.slug)).toEqual(['georgia'])
    // The newest measured figure, not the target further ahead.
    expect(section.newest[1].figure?.value).toBe(3e9)
    expect(section.matrix?.reporters).toEqual(['kazakhstan', 'uzbekistan', 'georgia'])
    expect(section.matrix?.partners).toEqual(['china', 'kazakhstan', 'uzbekistan'])
  })

  it('should draw one chart per unit, each line keeping its row’s colour, and leave undated figures to the tables', () => {
    const section = figuresToCompareSection({
      countries: chosen('kazakhstan', 'uzbekistan'),
      figures: [
        buildPoint({ country: 'kazakhstan', indicator: 'gdp', period: '' }),
        buildPoint({ country: 'uzbekistan', indicator: 'gdp', period: '2024', unit: 'EUR' }),
        buildPoint({ country: 'uzbekistan', indicator: 'gdp', period: '2023' }),
      ],
      indicator: gdp,
      isExpanded: false,
      nameOf,
    })
    expect(section.charts.map((chart) => chart.unit)).toEqual(['USD', 'EUR'])
    expect(section.charts.map((chart) => chart.lines.map((line) => [line.label, line.index]))).toEqual([
      [['Uzbekistan', 1]],
      [['Uzbekistan', 1]],
    ])
    expect(section.charts[0].plotted.columns.map((column) => column.label)).toEqual(['2023'])
    expect(section.undatedCount).toBe(1)
    expect(section.newest[0].figure?.periodLabel).toBe('undated')
  })

  it('should draw the newest periods only, count the older ones, and tabulate every period when expanded', () => {
    const years = Array.from({ length: COMPARE_PERIODS + 3 }, (_, index) => String(2010 + index))
    const figures = years.map((year) => buildPoint({ country: 'kazakhstan', indicator: 'gdp', period: year }))
    const section = figuresToCompareSection({
      countries: chosen('kazakhstan', 'uzbekistan'),
      figures,
      indicator: gdp,
      isExpanded: true,
      nameOf,
    })
    expect(section.omittedPeriods).toBe(3)
    expect(section.charts[0].lines[0].points.map((point) => point.periodLabel)).toEqual(years.slice(3))
    expect(section.byPeriod?.columns.map((column) => column.label)).toEqual(years)
    expect(section.byPeriod?.rows.map(({ cells, row }) => [row.label, cells.flat().length])).toEqual([
      ['Kazakhstan', years.length],
      ['Uzbekistan', 0],
    ])
  })

  it('should have nothing to draw without figures', () => {
    const section = figuresToCompareSection({
      countries: chosen('kazakhstan', 'uzbekistan'),
      figures: [],
      indicator: trade,
      isExpanded: false,
      nameOf,
    })
    expect(section).toMatchObject({ charts: [], hasFigures: false, omittedPeriods: 0, rows: [] })
  })
})
