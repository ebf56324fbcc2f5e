import type { SeriesPoint } from './points'

import { byPeriod } from './points'

export type PeriodColumn = { end: null | string; key: string; label: string; start: null | string }

export type AlignedRow<Row, P extends SeriesPoint = SeriesPoint> = { cells: P[][]; row: Row }

export type Alignment<Row, P extends SeriesPoint = SeriesPoint> = {
  columns: PeriodColumn[]
  rows: AlignedRow<Row, P>[]
}

/** Every distinct period among the points, oldest first, undated last. */
export const periodColumns = (points: SeriesPoint[]): PeriodColumn[] => {
  const seen = new Map<string, PeriodColumn>()
  for (const point of [...points].sort(byPeriod)) {
    if (!seen.has(point.periodKey)) {
      seen.set(point.periodKey, {
        end: point.periodEnd,
        key: point.periodKey,
        label: point.periodLabel,
        start: point.periodStart,
      })
    }
  }
  return [...seen.values()]
}

/**
 * Lays points out as a table: one row per requested row (kept even when it has no figure, so a
 * missing country stays visible), one column per period found, and in each cell the figures of
 * that row and period (usually one; several when they differ by partner or subject).
 */
export const alignByPeriod = <Row, P extends SeriesPoint>({
  points,
  rowOf,
  rows,
}: {
  points: P[]
  rowOf: (point: P) => Row
  rows: Row[]
}): Alignment<Row, P> => {
  const columns = periodColumns(points)
  const columnIndex = new Map(columns.map((column, index) => [column.key, index]))
  const aligned = rows.map((row) => ({ cells: columns.map((): P[] => []), row }))
  const rowIndex = new Map(rows.map((row, index) => [row, index]))
  for (const point of points) {
    const index = rowIndex.get(rowOf(point))
    if (index !== undefined) {
      aligned[index].cells[columnIndex.get(point.periodKey)!].push(point)
    }
  }
  return { columns, rows: aligned }
}

/** The empty cells of an alignment, for statements such as "No data for Turkmenistan in 2024". */
export const missingCells = <Row, P extends SeriesPoint>(
  alignment: Alignment<Row, P>,
): { column: PeriodColumn; row: Row }[] =>
  alignment.rows.flatMap(({ cells, row }) =>
    cells.flatMap((cell, index) => (cell.length === 0 ? [{ column: alignment.columns[index], row }] : [])),
  )

/** Rows without a single figure in any period. */
export const emptyRows = <Row, P extends SeriesPoint>(alignment: Alignment<Row, P>): Row[] =>
  alignment.rows.filter(({ cells }) => cells.every((cell) => cell.length === 0)).map(({ row }) => row)
