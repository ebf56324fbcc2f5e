import { scaleLinear } from 'd3-scale'
import { line } from 'd3-shape'
import React from 'react'

import type { SeriesPoint } from '@/lib/series/points'

import { isMeasured } from '@/lib/series/points'

const WIDTH = 120
const HEIGHT = 36
const PAD = 5

/**
 * A small trend line beside a headline figure. Decorative: the figure, its period and the full
 * series are printed next to it, so it is hidden from assistive technology.
 */
export const Sparkline = ({ points }: { points: SeriesPoint[] }) => {
  const dated = points.filter((point) => point.periodMid !== null)
  if (dated.length === 0) {
    return null
  }
  const times = dated.map((point) => Date.parse(point.periodMid!))
  const values = dated.map((point) => point.value)
  const [minTime, maxTime] = [Math.min(...times), Math.max(...times)]
  const x = scaleLinear()
    .domain(minTime === maxTime ? [minTime - 1, maxTime + 1] : [minTime, maxTime])
    .range([PAD, WIDTH - PAD])
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(...values, 0) || 1])
    .range([HEIGHT - PAD, PAD])
  const measured = dated.filter(isMeasured)
  const path = line<SeriesPoint>()
    .x((point) => x(Date.parse(point.periodMid!)))
    .y((point) => y(point.value))
  return (
    <svg
      aria-hidden
      className="sparkline"
      focusable="false"
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
    >
      <line className="sparkline__base" x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} />
      {measured.length > 1 ? <path className="sparkline__line" d={path(measured) ?? ''} /> : null}
      {dated.map((point) => (
        <circle
          className={isMeasured(point) ? 'sparkline__dot' : 'sparkline__dot sparkline__dot--planned'}
          cx={x(Date.parse(point.periodMid!))}
          cy={y(point.value)}
          key={point.id}
          r={3}
        />
      ))}
    </svg>
  )
}
