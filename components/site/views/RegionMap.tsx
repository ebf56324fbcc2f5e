import React from 'react'

import type { SeriesPoint } from '@/lib/series/points'
import type { MapDatum } from '@/components/site/charts/ChoroplethMap'

import { ChoroplethMap, isOnRegionMap, mapColour, mapLegend } from '@/components/site/charts/ChoroplethMap'
import type { ChartAddress } from '@/components/site/charts/ChartFigure'

import { ChartFigure } from '@/components/site/charts/ChartFigure'
import { MAP_NO_DATA, MAP_REPORTER_OUTLINE } from '@/components/site/charts/palette'
import { FigureTable } from '@/components/site/FigureTable'
import { MapLegend } from '@/components/site/views/MapLegend'
import { pointToFigureText, pointToNote, pointToValueText } from '@/lib/series/text'

/** Up to this many countries the legend names each one with its figure instead of value classes. */
const FEW = 5

type IndicatorDisplay = { decimals?: null | number; name: string; scale?: null | string; unit: string }

type Props = {
  /** Where the map's page is, for its image and embed addresses (see ChartFigure). */
  address?: ChartAddress
  /** The figure coloured on each country, keyed by that country's slug. */
  figures: Map<string, SeriesPoint>
  /** The reporting country: its outline, or its members' outlines when it is a group. */
  highlight?: { iso3: string[]; name: string } | null
  id: string
  indicator: IndicatorDisplay
  iso3Of: (slug: string) => null | string
  nameOf: (slug: string) => string
  subtitle: string
  title: string
}

type RegionMapInput = Pick<Props, 'figures' | 'highlight' | 'indicator' | 'iso3Of' | 'nameOf'>

export type RegionMapLegendEntry = { colour: string; key: string; label: string; shape: 'outline' | 'swatch' }

/** What a region map draws, and its legend: one list for the page's legend and the map's image. */
export const regionMapOf = ({ figures, highlight, indicator, iso3Of, nameOf }: RegionMapInput) => {
  const entries = [...figures.entries()]
  const onMap = entries.filter(([slug]) => isOnRegionMap(iso3Of(slug)))
  const offMap = entries.filter(([slug]) => !isOnRegionMap(iso3Of(slug)))
  const data: MapDatum[] = onMap.map(([slug, figure]) => ({
    iso3: iso3Of(slug)!,
    name: nameOf(slug),
    value: figure.value,
  }))
  const isReversed = indicator.unit === 'rank'
  const legendValue = (value: number) =>
    pointToValueText({ ...entries[0][1], unit: indicator.unit, value, valueMax: null }, indicator)
  const valueEntries: RegionMapLegendEntry[] =
    onMap.length <= FEW
      ? onMap.map(([slug, figure]) => ({
          colour: mapColour(data, figure.value, isReversed),
          key: slug,
          label: `${nameOf(slug)}${figure.subject ? ` (${figure.subject})` : ''}: ${pointToFigureText(figure, indicator)}, ${figure.periodLabel}`,
          shape: 'swatch',
        }))
      : mapLegend(data, isReversed).map((entry) => ({
          colour: entry.colour,
          key: entry.colour,
          label: `${legendValue(entry.from)}–${legendValue(entry.to)}`,
          shape: 'swatch',
        }))
  const legend: RegionMapLegendEntry[] = [
    ...valueEntries,
    { colour: MAP_NO_DATA, key: 'no-data', label: 'No published figure', shape: 'swatch' },
    ...(highlight
      ? [
          {
            colour: MAP_REPORTER_OUTLINE,
            key: 'reporter',
            label: `${highlight.name}, reporting${highlight.iso3.length > 1 ? ' (member states outlined)' : ''}`,
            shape: 'outline' as const,
          },
        ]
      : []),
  ]
  return { data, entries, isReversed, legend, offMap }
}

/**
 * A choropleth of one figure per country with its legend, the countries that have figures but no
 * outline on the region map (blocs, aggregates, far-away partners), and the table behind it.
 */
export const RegionMap = ({ address, figures, highlight, id, indicator, iso3Of, nameOf, subtitle, title }: Props) => {
  const { data, entries, isReversed, legend, offMap } = regionMapOf({ figures, highlight, indicator, iso3Of, nameOf })
  return (
    <ChartFigure
      address={address}
      dataTable={
        <FigureTable
          caption={`${title}: the figure coloured for each country.`}
          figures={entries.map(([, figure]) => figure)}
          indicatorOf={() => indicator}
          rowHeader="Country"
          rowLabel={(figure) => nameOf(entries.find(([, item]) => item === figure)![0])}
        />
      }
      id={id}
      notes={
        <>
          <MapLegend entries={legend} />
          {offMap.length ? (
            <p>
              Not on this map:{' '}
              {offMap
                .map(
                  ([slug, figure]) =>
                    `${nameOf(slug)} ${pointToFigureText(figure, indicator)} (${pointToNote(figure)})`,
                )
                .join('; ')}
              .
            </p>
          ) : null}
        </>
      }
      subtitle={subtitle}
      title={title}
    >
      {data.length || highlight ? (
        <ChoroplethMap data={data} highlight={highlight?.iso3} isReversed={isReversed} labelledBy={`${id}-title`} />
      ) : null}
    </ChartFigure>
  )
}
