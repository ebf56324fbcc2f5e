import { scaleLinear, scaleUtc } from 'd3-scale'
import { line } from 'd3-shape'
import React from 'react'

import type { Scale } from '@/lib/series/scale'
import type { SeriesPoint } from '@/lib/series/points'

import { byPeriod, isMeasured } from '@/lib/series/points'
import { axisUnitLabel, scaleValue } from '@/lib/series/scale'

export type ChartSeries<P extends SeriesPoint = SeriesPoint> = {
  colour: string
  key: string
  label: string
  points: P[]
}

type Props = {
  /** Id of the element that titles the chart (aria-labelledby). */
  labelledBy: string
  scale: Scale
  series: ChartSeries[]
  unit: string
}

const WIDTH = 760
const HEIGHT = 320
const MARGIN = { bottom: 30, left: 56, right: 24, top: 34 }

const YEAR = 365.25 * 86_400_000

const tickFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 })
const tickNumber = (value: number) => tickFormat.format(value)

/**
 * Multi-series time chart as server-rendered SVG. Each figure sits at the middle of its period, with
 * a thin bar across the period when it covers more than a month; measured figures are filled and
 * joined, targets and bounds are hollow and joined by a dashed line. Undated figures cannot be
 * placed in time and are left to the table. Series are named in a legend above the plot, which
 * stays readable however the lines cross.
 */
export const TimeChart = ({ labelledBy, scale, series, unit }: Props) => {
  const dated = series.map((item) => ({
    ...item,
    points: item.points.filter((point) => point.periodMid !== null).sort(byPeriod),
  }))
  const all = dated.flatMap((item) => item.points)
  if (all.length === 0) {
    return null
  }
  const starts = all.map((point) => Date.parse(point.periodStart!))
  const ends = all.map((point) => Date.parse(point.periodEnd!))
  let [from, to] = [Math.min(...starts), Math.max(...ends)]
  if (to - from < 2 * YEAR) {
    const pad = (2 * YEAR - (to - from)) / 2
    ;[from, to] = [from - pad, to + pad]
  }
  const xScale = scaleUtc()
    .domain([new Date(from), new Date(to)])
    .range([MARGIN.left, WIDTH - MARGIN.right])
  const values = all
    .flatMap((point) => [point.value, point.valueMax ?? point.value])
    .map((value) => scaleValue(value, scale))
  const yScale = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .nice(5)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
  // Coordinates to a tenth of a pixel: the same drawing in far less markup on pages with many points.
  const x = (date: Date) => Math.round(xScale(date) * 10) / 10
  const y = (value: number) => Math.round(yScale(value) * 10) / 10
  const yTicks = yScale.ticks(5)
  const xTicks = xScale.ticks(Math.min(8, Math.max(2, Math.round((to - from) / YEAR))))
  const path = line<SeriesPoint>()
    .x((point) => x(new Date(point.periodMid!)))
    .y((point) => y(scaleValue(point.value, scale)))
  return (
    <>
      <ul className="series-legend">
        {dated
          .filter((item) => item.points.length)
          .map((item) => (
            <li key={item.key} style={{ color: item.colour }}>
              <span aria-hidden className="series-legend__swatch" />
              <span className="series-legend__label">{item.label}</span>
            </li>
          ))}
      </ul>
      <svg aria-labelledby={labelledBy} className="chart chart--time" role="img" viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
        <g className="chart__grid">
          {yTicks.map((tick) => (
            <g key={tick} transform={`translate(0,${y(tick)})`}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} className={tick === 0 ? 'chart__zero' : undefined} />
              <text dy="0.32em" textAnchor="end" x={MARGIN.left - 8}>
                {tickNumber(tick)}
              </text>
            </g>
          ))}
          <text className="chart__axis-label" textAnchor="start" x={8} y={12}>
            {axisUnitLabel(unit, scale)}
          </text>
        </g>
        <g className="chart__x-axis" transform={`translate(0,${HEIGHT - MARGIN.bottom})`}>
          {xTicks.map((tick) => (
            <text dy="1.4em" key={tick.toISOString()} textAnchor="middle" x={x(tick)}>
              {tick.getUTCFullYear()}
            </text>
          ))}
        </g>
        {dated.map((item) => {
          const measured = item.points.filter(isMeasured)
          const lastMeasured = measured.at(-1)
          const planned = item.points.filter((point) => !isMeasured(point))
          return (
            <g key={item.key} style={{ color: item.colour }}>
              {measured.length > 1 ? <path className="chart__line" d={path(measured) ?? ''} /> : null}
              {planned.length ? (
                <path
                  className="chart__line chart__line--planned"
                  d={path(lastMeasured ? [lastMeasured, ...planned] : planned) ?? ''}
                />
              ) : null}
              {item.points.map((point) => {
                const cx = x(new Date(point.periodMid!))
                const cy = y(scaleValue(point.value, scale))
                const spansMonths = Date.parse(point.periodEnd!) - Date.parse(point.periodStart!) > 40 * 86_400_000
                return (
                  <React.Fragment key={point.id}>
                    {spansMonths ? (
                      <line
                        className="chart__span"
                        x1={x(new Date(point.periodStart!))}
                        x2={x(new Date(point.periodEnd!))}
                        y1={cy}
                        y2={cy}
                      />
                    ) : null}
                    {point.valueMax !== null ? (
                      <line
                        className="chart__range"
                        x1={cx}
                        x2={cx}
                        y1={cy}
                        y2={y(scaleValue(point.valueMax, scale))}
                      />
                    ) : null}
                    <circle
                      className={isMeasured(point) ? 'chart__dot' : 'chart__dot chart__dot--planned'}
                      cx={cx}
                      cy={cy}
                      r={4.5}
                    />
                  </React.Fragment>
                )
              })}
            </g>
          )
        })}
      </svg>
    </>
  )
}
