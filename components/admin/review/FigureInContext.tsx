import { scaleLinear, scaleLog, scalePoint } from 'd3-scale'
import { line } from 'd3-shape'
import React from 'react'

import type { ContextPoint, FigureSeriesContext } from '@/lib/workflow/figureSeries'

import { chartScaleFor, contextPoints } from '@/lib/workflow/figureSeries'

const WIDTH = 640
const HEIGHT = 240
const MARGIN = { bottom: 34, left: 64, right: 24, top: 34 }

const ROLE_TEXT: Record<ContextPoint['role'], string> = {
  neighbour: 'Published',
  new: 'Proposed (this change)',
  old: 'Published (this figure now)',
}

const tickFormat = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3, notation: 'compact' })

/**
 * The figure under review among the published periods of its series: neighbours as a line, the
 * published and the proposed value of this figure marked and labelled. Periods are spaced evenly in
 * their order (a chart of a dozen points reads better so than on a time axis, and dated and yearly
 * periods sit side by side); the table below is the same content as text.
 */
export const FigureInContext = ({ context }: { context: FigureSeriesContext }) => {
  const points = contextPoints(context)
  const slots = [...new Set(points.map((point) => point.periodLabel))]
  const { kind, note } = chartScaleFor(points.map((point) => point.value))
  const values = points.map((point) => point.value)
  const x = scalePoint<string>()
    .domain(slots)
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.5)
  const yRange: [number, number] = [HEIGHT - MARGIN.bottom, MARGIN.top]
  const low = Math.min(...values)
  const high = Math.max(...values)
  const y =
    kind === 'log'
      ? scaleLog()
          .domain([low, high === low ? low * 10 : high])
          .range(yRange)
          .nice()
      : scaleLinear()
          .domain([Math.min(0, low), Math.max(0, high) || 1])
          .range(yRange)
          .nice(4)
  const ticks = kind === 'log' ? y.ticks(4).filter((tick) => Math.log10(tick) % 1 === 0) : y.ticks(4)
  const px = (point: ContextPoint) => Math.round((x(point.periodLabel) ?? 0) * 10) / 10
  const py = (point: ContextPoint) => Math.round(y(point.value) * 10) / 10
  const neighbours = points.filter((point) => point.role === 'neighbour')
  const path = line<ContextPoint>().x(px).y(py)
  const inOrder = (list: ContextPoint[]) =>
    [...list].sort((a, b) => slots.indexOf(a.periodLabel) - slots.indexOf(b.periodLabel))
  // The series as published (with this figure's old value) and as it would read after approval.
  const publishedLine = inOrder(context.old ? [...neighbours, context.old] : neighbours)
  const proposedLine = inOrder([...neighbours, context.proposed])
  const titleId = `figure-context-title-${context.proposed.id}`
  const descId = `figure-context-desc-${context.proposed.id}`
  const marks = [context.old, context.proposed].filter((point): point is ContextPoint => point !== null)
  return (
    <figure className="figure-context" data-testid="figure-context">
      <figcaption className="figure-context__caption" id={titleId}>
        {context.seriesName}: this figure among {neighbours.length} published{' '}
        {neighbours.length === 1 ? 'period' : 'periods'} of its series
      </figcaption>
      {neighbours.length === 0 ? (
        <p className="review__muted">No other published period in this series yet: nothing to compare with.</p>
      ) : null}
      {context.old ? null : <p className="review__muted">New figure: no published value before this change.</p>}
      <svg
        aria-describedby={descId}
        aria-labelledby={titleId}
        className={`figure-context__chart figure-context__chart--${kind}`}
        role="img"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      >
        <desc id={descId}>
          {marks.map((point) => `${ROLE_TEXT[point.role]}: ${point.label}, ${point.periodLabel}.`).join(' ')}
          {note ? ` ${note}` : ''}
        </desc>
        <g className="figure-context__grid">
          {ticks.map((tick) => (
            <g key={tick} transform={`translate(0,${Math.round(y(tick) * 10) / 10})`}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} />
              <text dy="0.32em" textAnchor="end" x={MARGIN.left - 8}>
                {tickFormat.format(tick)}
              </text>
            </g>
          ))}
          <text className="figure-context__axis-label" x={8} y={14}>
            {kind === 'log' ? 'log scale' : 'linear scale'}
          </text>
        </g>
        <g transform={`translate(0,${HEIGHT - MARGIN.bottom})`}>
          {slots.map((slot) => (
            <text className="figure-context__period" dy="1.4em" key={slot} textAnchor="middle" x={x(slot)}>
              {slot}
            </text>
          ))}
        </g>
        {proposedLine.length > 1 ? (
          <path className="figure-context__line figure-context__line--proposed" d={path(proposedLine) ?? ''} />
        ) : null}
        {publishedLine.length > 1 ? <path className="figure-context__line" d={path(publishedLine) ?? ''} /> : null}
        {neighbours.map((point) => (
          <circle className="figure-context__dot" cx={px(point)} cy={py(point)} key={point.id} r={4}>
            <title>{`${point.periodLabel}: ${point.label}`}</title>
          </circle>
        ))}
        {marks.map((point) => {
          const cx = px(point)
          const cy = py(point)
          const above = cy > MARGIN.top + 24
          const anchor = cx > WIDTH - 160 ? 'end' : cx < 160 ? 'start' : 'middle'
          const sameSpot = context.old && Math.abs(py(context.old) - py(context.proposed)) < 16
          const shift = sameSpot && point.role === 'old' ? 16 : 0
          return (
            <g
              className={`figure-context__mark figure-context__mark--${point.role}`}
              data-role={point.role}
              key={point.role}
            >
              {point.role === 'new' ? (
                <rect height={12} transform={`rotate(45 ${cx} ${cy})`} width={12} x={cx - 6} y={cy - 6} />
              ) : (
                <circle cx={cx} cy={cy} r={7} />
              )}
              <text
                className="figure-context__label"
                textAnchor={anchor}
                x={cx}
                y={above ? cy - 12 - shift : cy + 22 + shift}
              >
                {point.role === 'new' ? 'Proposed' : 'Published'} {point.label}
              </text>
            </g>
          )
        })}
      </svg>
      {note ? <p className="figure-context__note">{note}</p> : null}
      <table className="review__table figure-context__table">
        <caption>The series as text</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Value</th>
            <th scope="col">Which</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr
              className={point.role === 'neighbour' ? undefined : 'figure-context__row--marked'}
              key={`${point.role}-${point.id}`}
            >
              <td>{point.periodLabel}</td>
              <td>{point.label}</td>
              <td>{ROLE_TEXT[point.role]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
