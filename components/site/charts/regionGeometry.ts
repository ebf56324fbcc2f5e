import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'

import { geoConicEqualArea, geoPath, geoCentroid, geoTransform } from 'd3-geo'
import countryCodes from 'i18n-iso-countries'
import { feature } from 'topojson-client'
import world from 'world-atlas/countries-50m.json'

/** The states the think tank covers; the map is framed on them, neighbours are drawn for context. */
export const CORE_ISO3 = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM', 'AZE', 'ARM', 'GEO']

export const MAP_WIDTH = 760
export const MAP_HEIGHT = 430

export type MapShape = { centroid: [number, number]; d: string; iso3: null | string; name: string }

const numericToIso3 = (numeric: string | number | undefined): null | string =>
  numeric === undefined ? null : (countryCodes.numericToAlpha3(String(numeric).padStart(3, '0')) ?? null)

let shapes: MapShape[] | null = null

/**
 * Leaves out projected points closer than `minDistance` pixels to the last one drawn; a line or
 * ring keeps its last point. The 50m outlines have a point about every pixel at this scale, and
 * each map is sent twice (HTML and the RSC payload): dropping the detail the map cannot show took the
 * seeded bilateral-trade indicator page from 411 to 286 kB of HTML (issue #17).
 */
const dropCrowdedPoints = (minDistance: number) => {
  let lastDrawn: [number, number] | null = null
  let skipped: [number, number] | null = null
  return geoTransform({
    lineEnd() {
      if (skipped) {
        this.stream.point(skipped[0], skipped[1])
      }
      this.stream.lineEnd()
    },
    lineStart() {
      lastDrawn = null
      skipped = null
      this.stream.lineStart()
    },
    point(x: number, y: number) {
      if (lastDrawn && Math.hypot(x - lastDrawn[0], y - lastDrawn[1]) < minDistance) {
        skipped = [x, y]
        return
      }
      lastDrawn = [x, y]
      skipped = null
      this.stream.point(x, y)
    },
  })
}

/**
 * Projected outlines of the region and its neighbours, computed once per server process: an
 * equal-area conic centred on Central Asia (areas compare fairly on a choropleth), fitted to the
 * eight covered states and clipped to the frame so far-away countries cost no bytes.
 */
export const regionShapes = (): MapShape[] => {
  if (shapes) {
    return shapes
  }
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
  const core: FeatureCollection = {
    features: countries.features.filter((item) => CORE_ISO3.includes(numericToIso3(item.id) ?? '')),
    type: 'FeatureCollection',
  }
  const projection = geoConicEqualArea()
    .parallels([38, 50])
    .rotate([-62, 0])
    .fitExtent(
      [
        [24, 24],
        [MAP_WIDTH - 24, MAP_HEIGHT - 24],
      ],
      core,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ])
  const simplify = dropCrowdedPoints(1.5)
  const path = geoPath({ stream: (output) => projection.stream(simplify.stream(output)) }).digits(1)
  shapes = countries.features
    .map((item: Feature<Geometry, { name: string }>) => ({
      centroid: projection(geoCentroid(item)) ?? [-1, -1],
      d: path(item) ?? '',
      iso3: numericToIso3(item.id),
      name: item.properties.name,
    }))
    .filter((shape) => shape.d !== '')
  return shapes
}
