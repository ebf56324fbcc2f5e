import { describe, expect, it } from 'vitest'

import { CORE_ISO3, regionShapes } from './regionGeometry'

const subpathPoints = (d: string): [number, number][][] =>
  d
    .split('M')
    .filter(Boolean)
    .map((subpath) =>
      [...subpath.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((match) => [Number(match[1]), Number(match[2])]),
    )

describe('regionShapes', () => {
  it('should outline every covered state', () => {
    const drawn = regionShapes().map((shape) => shape.iso3)
    expect(CORE_ISO3.filter((iso3) => !drawn.includes(iso3))).toEqual([])
  })

  it('should keep drawn points at least 1.5 px apart, but for the closing point of a line', () => {
    const crowded = regionShapes().flatMap((shape) =>
      subpathPoints(shape.d).flatMap((points) =>
        points
          .slice(1, -1)
          // Coordinates are rounded to 0.1 px, so two points 1.5 px apart may print 0.15 px closer.
          .filter((point, index) => Math.hypot(point[0] - points[index][0], point[1] - points[index][1]) < 1.35),
      ),
    )
    expect(crowded).toEqual([])
  })
})
