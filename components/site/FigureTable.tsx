import React from 'react'

import type { SeriesPoint } from '@/lib/series/points'

import { FigureValue } from './FigureValue'
import { ObservationSource } from './ObservationSource'

type IndicatorDisplay = { decimals?: null | number; scale?: null | string }

type Column = { header: string; text: (figure: SeriesPoint) => React.ReactNode }

type Props = {
  caption: string
  figures: SeriesPoint[]
  indicatorOf: (slug: string) => IndicatorDisplay | undefined
  rowHeader: string
  rowLabel: (figure: SeriesPoint) => React.ReactNode
  /** A column between the row header and the period, e.g. the countries when rows are named by indicator. */
  second?: Column
}

/**
 * Figures with period, value, qualifier and source, one row each, named by `rowLabel` with the
 * figure's subject beneath: the table behind a chart, and the list of a page's published figures.
 */
export const FigureTable = ({ caption, figures, indicatorOf, rowHeader, rowLabel, second }: Props) => (
  <div className="data-table-wrap">
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {second ? <th scope="col">{second.header}</th> : null}
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
            {second ? <td>{second.text(figure)}</td> : null}
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
