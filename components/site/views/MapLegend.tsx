import React from 'react'

import type { ChartImageLegendEntry } from '@/lib/charts/chartImage'

/** A map's legend as a list: colour swatches, and the outline that marks the reporting country. */
export const MapLegend = ({ entries }: { entries: (ChartImageLegendEntry & { key?: string })[] }) => (
  <ul aria-label="Legend" className="map-legend">
    {entries.map((entry) => (
      <li key={entry.key ?? entry.label}>
        {entry.shape === 'outline' ? (
          <span aria-hidden className="map-legend__swatch map-legend__swatch--reporter" />
        ) : (
          <span aria-hidden className="map-legend__swatch" style={{ background: entry.colour }} />
        )}
        {entry.label}
      </li>
    ))}
  </ul>
)
