import { scaleQuantize } from 'd3-scale'
import React from 'react'

import { CORE_ISO3, MAP_HEIGHT, MAP_WIDTH, regionShapes } from './regionGeometry'
import { MAP_NO_DATA, MAP_RAMP } from './palette'

export type MapDatum = { iso3: string; name: string; value: number }

type Props = {
  data: MapDatum[]
  /** The reporting country (or the member states of a reporting group) on a map of its partners: outlined. */
  highlight?: string[]
  labelledBy: string
  /** Rank 1 is the strongest, so ranks are coloured darkest at the low end. */
  isReversed?: boolean
}

/** The South Caucasus states are small at this scale: their labels are moved apart. */
const LABEL_NUDGE: Record<string, [number, number]> = { ARM: [-10, 8], AZE: [18, -2], GEO: [-4, -6] }

/** Which of these countries have an outline on the region map. */
export const isOnRegionMap = (iso3: null | string | undefined): boolean =>
  !!iso3 && regionShapes().some((shape) => shape.iso3 === iso3)

/**
 * Choropleth of the region as server-rendered SVG: five equal classes between the smallest and
 * largest value, grey where nothing is published. The legend and the table beside it carry the
 * exact figures.
 */
export const ChoroplethMap = ({ data, highlight = [], isReversed = false, labelledBy }: Props) => {
  const values = data.map((datum) => datum.value)
  const [low, high] = [Math.min(...values), Math.max(...values)]
  const colour = scaleQuantize<string>()
    .domain(low === high ? [low - 1, high + 1] : [low, high])
    .range(isReversed ? [...MAP_RAMP].reverse() : MAP_RAMP)
  const byIso3 = new Map(data.map((datum) => [datum.iso3, datum]))
  const shapes = regionShapes()
  const isInFrame = ([x, y]: [number, number]) => x > 30 && x < MAP_WIDTH - 30 && y > 12 && y < MAP_HEIGHT - 8
  const labelled = shapes.filter(
    (shape) =>
      shape.iso3 &&
      isInFrame(shape.centroid) &&
      (CORE_ISO3.includes(shape.iso3) || byIso3.has(shape.iso3) || highlight.includes(shape.iso3)),
  )
  return (
    <svg
      aria-labelledby={labelledBy}
      className="chart chart--map"
      role="img"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
    >
      <rect className="map__sea" height={MAP_HEIGHT} width={MAP_WIDTH} />
      {shapes.map((shape, index) => {
        const datum = shape.iso3 ? byIso3.get(shape.iso3) : undefined
        const isCore = !!shape.iso3 && CORE_ISO3.includes(shape.iso3)
        return (
          <path
            className={[
              'map__country',
              isCore ? 'map__country--core' : '',
              shape.iso3 && highlight.includes(shape.iso3) ? 'map__country--highlight' : '',
            ].join(' ')}
            d={shape.d}
            fill={datum ? colour(datum.value) : isCore ? MAP_NO_DATA : '#f4f3ef'}
            key={`${shape.iso3 ?? shape.name}-${index}`}
          >
            <title>{shape.name}</title>
          </path>
        )
      })}
      {labelled.map((shape) => (
        <text
          className="map__label"
          key={`label-${shape.iso3}`}
          textAnchor="middle"
          x={shape.centroid[0] + (LABEL_NUDGE[shape.iso3!]?.[0] ?? 0)}
          y={shape.centroid[1] + (LABEL_NUDGE[shape.iso3!]?.[1] ?? 0)}
        >
          {shape.name}
        </text>
      ))}
    </svg>
  )
}

/** Legend entries for the map's five classes: colour and the value range it stands for. */
export const mapLegend = (data: MapDatum[], isReversed = false): { colour: string; from: number; to: number }[] => {
  const values = data.map((datum) => datum.value)
  if (!values.length) {
    return []
  }
  const [low, high] = [Math.min(...values), Math.max(...values)]
  if (low === high) {
    return [{ colour: MAP_RAMP[2], from: low, to: high }]
  }
  const step = (high - low) / MAP_RAMP.length
  const ramp = isReversed ? [...MAP_RAMP].reverse() : MAP_RAMP
  return ramp.map((colour, index) => ({ colour, from: low + step * index, to: low + step * (index + 1) }))
}

/** The colour a value gets on a map of these data (same classes as `ChoroplethMap`). */
export const mapColour = (data: MapDatum[], value: number, isReversed = false): string => {
  const values = data.map((datum) => datum.value)
  const [low, high] = [Math.min(...values), Math.max(...values)]
  return scaleQuantize<string>()
    .domain(low === high ? [low - 1, high + 1] : [low, high])
    .range(isReversed ? [...MAP_RAMP].reverse() : MAP_RAMP)(value)
}
