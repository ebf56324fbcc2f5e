import React from 'react'

import type { Figure } from '@/lib/queries/figures'

import { FigureValue } from './FigureValue'
import { ObservationSource } from './ObservationSource'

type IndicatorDisplay = { decimals?: null | number; scale?: null | string }

type Props = {
  caption: string
  figures: Figure[]
  indicatorOf: (slug: string) => IndicatorDisplay | undefined
  rowHeader: string
  rowLabel: (figure: Figure) => React.ReactNode
}

/** Figures with period, value, qualifier and source: the table behind a chart. */
export const FigureTable = ({ caption, figures, indicatorOf, rowHeader, rowLabel }: Props) => (
  <div className="data-table-wrap">
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col">Period</th>
          <th scope="col">Value</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => (
          <tr key={figure.id}>
            <th scope="row">
              {rowLabel(figure)}
              {figure.subject ? <div className="muted">{figure.subject}</div> : null}
            </th>
            <td>{figure.periodLabel}</td>
            <td className="num">
              <FigureValue figure={figure} indicator={indicatorOf(figure.indicator)} />
            </td>
            <td className="source">
              <ObservationSource source={figure.source} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)
