import { scaleLinear } from 'd3-scale'
import React from 'react'

export type Bar = { key: string; label: string; note: string; planned: boolean; value: number; valueText: string }

const ROW = 34
const WIDTH = 640
const VALUE_ROOM = 200

/**
 * Horizontal bars, largest first, each labelled with its formatted value and its period/qualifier
 * note. Hollow bars mark targets and bounds. Values may be negative (a trade deficit).
 */
export const BarChart = ({ bars, labelledBy }: { bars: Bar[]; labelledBy: string }) => {
  const sorted = [...bars].sort((a, b) => b.value - a.value)
  const values = sorted.map((bar) => bar.value)
  const labelWidth = Math.min(300, Math.max(90, Math.max(...sorted.map((bar) => bar.label.length)) * 7.4 + 16))
  const x = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values) || 1])
    .range([labelWidth, WIDTH - VALUE_ROOM])
  const height = sorted.length * ROW + 8
  return (
    <svg aria-labelledby={labelledBy} className="chart chart--bars" role="img" viewBox={`0 0 ${WIDTH} ${height}`}>
      <line className="chart__zero" x1={x(0)} x2={x(0)} y1={0} y2={height - 4} />
      {sorted.map((bar, index) => {
        const top = index * ROW + 6
        const [left, right] = [Math.min(x(0), x(bar.value)), Math.max(x(0), x(bar.value))]
        return (
          <g key={bar.key} transform={`translate(0,${top})`}>
            <text className="chart__bar-label" dy="0.32em" textAnchor="end" x={labelWidth - 10} y={ROW / 2 - 3}>
              {bar.label}
            </text>
            <rect
              className={bar.planned ? 'chart__bar chart__bar--planned' : 'chart__bar'}
              height={ROW - 12}
              rx={2}
              width={Math.max(2, right - left)}
              x={left}
              y={0}
            />
            <text className="chart__bar-value" dy="0.32em" x={right + 8} y={ROW / 2 - 9}>
              {bar.valueText}
            </text>
            <text className="chart__bar-note" dy="0.32em" x={right + 8} y={ROW / 2 + 5}>
              {bar.note}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
