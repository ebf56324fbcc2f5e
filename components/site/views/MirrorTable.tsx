import React from 'react'

import type { MirrorPair, ReporterChoice } from '@/lib/series/mirror'
import type { SeriesPoint } from '@/lib/series/points'

import { FigureValue } from '@/components/site/FigureValue'
import { ObservationSource } from '@/components/site/ObservationSource'
import { formatDifference } from '@/lib/format'
import { reporterChoiceToText } from '@/lib/series/mirror'

type IndicatorDisplay = { decimals?: null | number; scale?: null | string }

const percent = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, signDisplay: 'exceptZero' })

/**
 * Mirror figures: both sides' reports of the same flow and period side by side, with the gap in
 * absolute terms and as a percentage of their mean; and which side the charts draw for each pair.
 */
export const MirrorTable = ({
  choices,
  id,
  indicator,
  mirrorIndicatorName,
  nameOf,
  pairs,
}: {
  choices: ReporterChoice[]
  id: string
  indicator: IndicatorDisplay
  /** Set when the other side reports under another indicator (exports ↔ imports). */
  mirrorIndicatorName?: null | string
  nameOf: (slug: string) => string
  pairs: MirrorPair<SeriesPoint>[]
}) => {
  if (!pairs.length && !choices.length) {
    return null
  }
  const report = (figure: SeriesPoint) => (
    <>
      <FigureValue figure={figure} indicator={indicator} />
      <div className="muted cell-figure__source">
        <ObservationSource source={figure.source} />
      </div>
    </>
  )
  return (
    <div className="mirror-figures" id={id}>
      <h3>Mirror figures: both sides’ reports</h3>
      {choices.length ? (
        <div className="muted">
          <p>
            Where both countries report a pair, the chart uses one reporter for the whole series: the one with more
            published periods, or on a tie the first by name.
          </p>
          <ul>
            {choices.map((choice) => (
              <li key={`${choice.reporter}-${choice.other}`}>{reporterChoiceToText(choice, nameOf)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {pairs.length ? (
        <div className="data-table-wrap">
          <table className="data-table mirror-table">
            <caption>
              The same flow as each side reports it
              {mirrorIndicatorName ? ` (the partner’s report is its ${mirrorIndicatorName.toLowerCase()})` : ''}; the
              gap is the first report minus the second, and as a percentage of their mean.
            </caption>
            <thead>
              <tr>
                <th scope="col">Pair</th>
                <th scope="col">Period</th>
                <th scope="col">First report</th>
                <th scope="col">Other side’s report</th>
                <th scope="col">Gap</th>
                <th scope="col">Gap %</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((pair) => (
                <tr key={`${pair.first.id}-${pair.second.id}`}>
                  <th scope="row">
                    {nameOf(pair.first.country)} × {nameOf(pair.second.country)}
                  </th>
                  <td>{pair.first.periodLabel}</td>
                  <td className="num">
                    <span className="mirror-table__who">{nameOf(pair.first.country)} reports</span>
                    {report(pair.first)}
                  </td>
                  <td className="num">
                    <span className="mirror-table__who">{nameOf(pair.second.country)} reports</span>
                    {report(pair.second)}
                  </td>
                  <td className="num">
                    {pair.gap === null
                      ? 'different units'
                      : formatDifference({ ...indicator, unit: pair.first.unit, value: pair.gap })}
                  </td>
                  <td className="num">{pair.gapPercent === null ? '—' : `${percent.format(pair.gapPercent)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  )
}
