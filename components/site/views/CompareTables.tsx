import type { SeriesPoint } from '@/lib/series/points'
import React from 'react'

import type { CompareIndicator } from '@/lib/queries/compare'
import type { Alignment } from '@/lib/series/align'
import type { CompareLine, CompareRow } from '@/lib/series/compareSection'
import type { BilateralMatrix } from '@/lib/series/matrix'

import { FigureValue } from '@/components/site/FigureValue'
import { ObservationSource } from '@/components/site/ObservationSource'
import { matrixKey } from '@/lib/series/matrix'
import { pointToFigureText } from '@/lib/series/text'

const FigureCell = ({ figure, indicator }: { figure: SeriesPoint; indicator: CompareIndicator }) => (
  <div className="cell-figure">
    <FigureValue figure={figure} indicator={indicator} />
    <span className="cell-figure__source">
      <ObservationSource source={figure.source} />
    </span>
  </div>
)

const EmptyCell = ({ children }: { children: React.ReactNode }) => (
  <span className="cell-empty">
    <span aria-hidden>—</span>
    <span className="visually-hidden">{children}</span>
  </span>
)

const rowHeading = (isBilateral: boolean) => (isBilateral ? 'Country × partner' : 'Country')

/** Rows × periods: in each cell the row's figures of that period, or what is missing there. */
const PeriodGrid = <Row extends { key: string; label: string }>({
  alignment,
  caption,
  cellClassName,
  isBilateral,
  renderFigures,
  tableClassName,
}: {
  alignment: Alignment<Row, SeriesPoint>
  caption: React.ReactNode
  cellClassName?: string
  isBilateral: boolean
  renderFigures: (figures: SeriesPoint[]) => React.ReactNode
  tableClassName: string
}) => (
  <table className={tableClassName}>
    <caption>{caption}</caption>
    <thead>
      <tr>
        <th scope="col">{rowHeading(isBilateral)}</th>
        {alignment.columns.map((column) => (
          <th key={column.key} scope="col">
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {alignment.rows.map(({ cells, row }) => (
        <tr key={row.key}>
          <th scope="row">{row.label}</th>
          {cells.map((cell, index) => (
            <td className={cellClassName} key={alignment.columns[index].key}>
              {cell.length ? (
                renderFigures(cell)
              ) : (
                <EmptyCell>
                  No data for {row.label} in {alignment.columns[index].label}
                </EmptyCell>
              )}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
)

/** The dated figures a chart draws, as text by period: the chart's accessible data table. */
export const ComparePlottedTable = ({
  indicator,
  isBilateral,
  plotted,
  unit,
}: {
  indicator: CompareIndicator
  isBilateral: boolean
  plotted: Alignment<CompareLine<SeriesPoint>, SeriesPoint>
  unit: string
}) => (
  <div className="data-table-wrap">
    <PeriodGrid
      alignment={plotted}
      caption={
        <>
          {indicator.name} in {unit}: the dated figures drawn in the chart.
        </>
      }
      cellClassName="num"
      isBilateral={isBilateral}
      renderFigures={(figures) => figures.map((figure) => pointToFigureText(figure, indicator)).join('; ')}
      tableClassName="data-table compare-plotted"
    />
  </div>
)

/** Reporter × partner: the newest figure of each pair, with its source and period. */
export const CompareMatrixTable = ({
  indicator,
  matrix,
  nameOf,
}: {
  indicator: CompareIndicator
  matrix: BilateralMatrix<SeriesPoint>
  nameOf: (slug: string) => string
}) => (
  <div className="data-table-wrap compare-matrix">
    <table className="data-table">
      <caption>
        {indicator.name}: newest published figure for each reporting country (rows) and partner (columns).
      </caption>
      <thead>
        <tr>
          <th scope="col">Reporter \ partner</th>
          {matrix.partners.map((partner) => (
            <th key={partner} scope="col">
              {nameOf(partner)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.reporters.map((reporter) => (
          <tr key={reporter}>
            <th scope="row">{nameOf(reporter)}</th>
            {matrix.partners.map((partner) => {
              const cell = matrix.cells.get(matrixKey(reporter, partner))
              return (
                <td key={partner}>
                  {cell ? (
                    <>
                      <FigureCell figure={cell.shown} indicator={indicator} />
                      <span className="cell-figure__period">{cell.shown.periodLabel}</span>
                    </>
                  ) : (
                    <EmptyCell>
                      No data for {nameOf(reporter)} with {nameOf(partner)}
                    </EmptyCell>
                  )}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)

/** The newest figure of each country (or pair) with unit, period and source: the one place the default view links sources. */
export const CompareNewestTable = ({
  id,
  indicator,
  isBilateral,
  newest,
}: {
  id: string
  indicator: CompareIndicator
  isBilateral: boolean
  newest: { figure: SeriesPoint | null; row: CompareRow }[]
}) => (
  <div className="data-table-wrap compare-newest" id={id}>
    <table className="data-table">
      <caption>
        {indicator.name}: the newest published figure {isBilateral ? 'for each country pair' : 'for each country'}, with
        its period, qualifier and source.
      </caption>
      <thead>
        <tr>
          <th scope="col">{rowHeading(isBilateral)}</th>
          <th scope="col">Value</th>
          <th scope="col">Unit</th>
          <th scope="col">Period</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {newest.map(({ figure, row }) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {figure ? (
              <>
                <td className="num">
                  <FigureValue figure={figure} indicator={indicator} />
                </td>
                <td>{figure.unit}</td>
                <td>{figure.periodLabel}</td>
                <td className="source">
                  <ObservationSource source={figure.source} />
                </td>
              </>
            ) : (
              <td colSpan={4}>
                <span className="cell-empty">No published figure</span>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)

/** Every figure by period with its qualifier and source: the detail view (`&periods=<slug>`). */
export const ComparePeriodsTable = ({
  alignment,
  backHref,
  id,
  indicator,
  isBilateral,
}: {
  alignment: Alignment<CompareRow, SeriesPoint>
  /** The default view of the comparison, at this indicator. */
  backHref: string
  id: string
  indicator: CompareIndicator
  isBilateral: boolean
}) => (
  <div className="data-table-wrap compare-table" id={id}>
    <PeriodGrid
      alignment={alignment}
      caption={
        <>
          {indicator.name} by period, every published figure{isBilateral ? ' by country pair' : ' by country'}.{' '}
          <a href={backHref}>Back to the newest figures</a>
        </>
      }
      isBilateral={isBilateral}
      renderFigures={(figures) =>
        figures.map((figure) => <FigureCell figure={figure} indicator={indicator} key={figure.id} />)
      }
      tableClassName="data-table"
    />
  </div>
)
