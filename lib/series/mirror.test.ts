import { describe, expect, it } from 'vitest'

import { chooseReporters, isChartedReport, mirrorGap, pairMirrorFigures, reporterChoiceToText } from './mirror'
import { buildPoint } from './testPoint'

const names: Record<string, string> = { kazakhstan: 'Kazakhstan', uzbekistan: 'Uzbekistan', georgia: 'Georgia' }
const nameOf = (slug: string) => names[slug] ?? slug

const report = (country: string, partner: string, period: string, value: number, unit = 'USD') =>
  buildPoint({ country, partner, period, unit, value })

describe('pairMirrorFigures', () => {
  it('should pair each report with the other side’s report of the same period once, with the gap', () => {
    const kaz = report('kazakhstan', 'uzbekistan', '2024', 110)
    const uzb = report('uzbekistan', 'kazakhstan', '2024', 90)
    const lonely = report('kazakhstan', 'uzbekistan', '2023', 100)
    const points = [uzb, kaz, lonely]

    const pairs = pairMirrorFigures({ mirrorPoints: points, nameOf, points })

    expect(pairs).toHaveLength(1)
    expect(pairs[0]).toMatchObject({ first: kaz, gap: 20, gapPercent: 20, second: uzb })
  })

  it('should not pair figures of different periods or the same reporter', () => {
    const points = [report('kazakhstan', 'uzbekistan', '2024', 1), report('uzbekistan', 'kazakhstan', '2023', 1)]
    expect(pairMirrorFigures({ mirrorPoints: points, points })).toEqual([])
  })

  it('should pair exports with the partner’s imports in an explicit mirror indicator', () => {
    const exports = [buildPoint({ country: 'kazakhstan', indicator: 'exports', partner: 'georgia', value: 50 })]
    const imports = [buildPoint({ country: 'georgia', indicator: 'imports', partner: 'kazakhstan', value: 60 })]
    const [pair] = pairMirrorFigures({ mirrorPoints: imports, nameOf, points: exports })
    expect(pair).toMatchObject({ first: exports[0], gap: -10, second: imports[0] })
  })

  it('should give no gap between reports in different units', () => {
    expect(mirrorGap({ unit: 'USD', value: 1 }, { unit: 'EUR', value: 1 })).toEqual({ gap: null, gapPercent: null })
  })
})

describe('chooseReporters', () => {
  it('should choose the reporter with more published periods for the whole series', () => {
    const points = [
      report('kazakhstan', 'uzbekistan', '2023', 1),
      report('uzbekistan', 'kazakhstan', '2022', 1),
      report('uzbekistan', 'kazakhstan', '2023', 1),
      report('uzbekistan', 'kazakhstan', '2024', 1),
    ]
    const choice = chooseReporters({ nameOf, points }).get('kazakhstan|uzbekistan')
    expect(choice).toMatchObject({ reason: 'more-periods', reporter: 'uzbekistan' })
    expect(points.filter((point) => isChartedReport(point, chooseReporters({ nameOf, points })))).toHaveLength(3)
    expect(reporterChoiceToText(choice!, nameOf)).toBe(
      'Uzbekistan × Kazakhstan: Uzbekistan’s reports (3 periods against 1).',
    )
  })

  it('should choose the first country by name on a tie', () => {
    const points = [report('uzbekistan', 'kazakhstan', '2024', 1), report('kazakhstan', 'uzbekistan', '2024', 2)]
    expect(chooseReporters({ nameOf, points }).get('kazakhstan|uzbekistan')).toMatchObject({
      reason: 'tie-alphabetical',
      reporter: 'kazakhstan',
    })
  })

  it('should leave pairs reported by one side alone', () => {
    const points = [report('kazakhstan', 'uzbekistan', '2024', 1), report('kazakhstan', 'georgia', '2024', 1)]
    expect(chooseReporters({ points }).size).toBe(0)
    expect(points.every((point) => isChartedReport(point, new Map()))).toBe(true)
  })
})
