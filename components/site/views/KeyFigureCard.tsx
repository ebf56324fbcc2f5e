import Link from 'next/link'
import React from 'react'

import type { SeriesPoint } from '@/lib/series/points'
import type { IndicatorLookup } from '@/lib/queries/lookups'
import type { LatestWithChange } from '@/lib/series/change'

import { FigureValue } from '@/components/site/FigureValue'
import { ObservationSource } from '@/components/site/ObservationSource'
import { Sparkline } from '@/components/site/charts/Sparkline'
import { percentChangeText, pointToValueText } from '@/lib/series/text'

type Props = {
  indicator: IndicatorLookup
  partnerName: null | string
  series: SeriesPoint[]
  summary: LatestWithChange<SeriesPoint>
}

/** Headline figure of one series: latest value, period, change against the previous period, trend. */
export const KeyFigureCard = ({ indicator, partnerName, series, summary }: Props) => {
  const { change, latest, noChangeReason } = summary
  const valueText = pointToValueText(latest, indicator)
  const datedCount = series.filter((figure) => figure.periodMid !== null).length
  return (
    <li className="key-figure">
      <p className="key-figure__name">
        <Link href={`/indicators/${indicator.slug}`}>{indicator.name}</Link>
        {partnerName ? <span className="key-figure__partner"> with {partnerName}</span> : null}
        {latest.subject ? <span className="key-figure__partner"> · {latest.subject}</span> : null}
      </p>
      <p className={valueText.length > 12 ? 'key-figure__value key-figure__value--long' : 'key-figure__value'}>
        <FigureValue figure={latest} indicator={indicator} />
      </p>
      <p className="key-figure__period">
        {latest.periodLabel === 'undated' ? 'Date not given in the source' : latest.periodLabel}
      </p>
      <p className="key-figure__change">
        {change ? (
          <>
            <span className={change.absolute >= 0 ? 'change change--up' : 'change change--down'}>
              {change.percent !== null
                ? percentChangeText(change.percent)
                : pointToValueText({ ...latest, value: change.absolute, valueMax: null }, indicator)}
            </span>{' '}
            vs {change.previous.periodLabel} ({pointToValueText(change.previous, indicator)})
          </>
        ) : noChangeReason ? (
          <span className="muted">No change shown: {noChangeReason}</span>
        ) : (
          <span className="muted">No earlier figure published</span>
        )}
      </p>
      {datedCount > 1 ? <Sparkline points={series} /> : null}
      <p className="key-figure__source">
        Source: <ObservationSource source={latest.source} />
      </p>
    </li>
  )
}
