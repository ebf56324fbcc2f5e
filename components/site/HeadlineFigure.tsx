import Link from 'next/link'
import React from 'react'

import type { Country, Indicator, Observation } from '@/payload-types'

import { formatValue, qualifierText } from '@/lib/format'

import { ObservationSource } from './ObservationSource'

/** One figure as a headline: value with qualifier, what it measures, between whom, when, and its source. */
export const HeadlineFigure = ({ observation }: { observation: Observation }) => {
  const indicator = observation.indicator as Indicator
  const subject = observation.country as Country
  const partner = observation.partner as Country | null
  const qualifier = qualifierText(observation.qualifier)
  return (
    <div className="headline-figure">
      <dt>
        <Link href={`/indicators/${indicator.slug}`}>{indicator.name}</Link>
        <span className="headline-figure__pair">
          {subject?.name}
          {partner ? ` × ${partner.name}` : ''}
          {observation.subject ? ` · ${observation.subject}` : ''}
        </span>
      </dt>
      <dd>
        {qualifier ? <span className="headline-figure__qualifier">{qualifier}</span> : null}
        <span className="headline-figure__value">
          {formatValue({
            decimals: indicator.decimals,
            scale: indicator.scale,
            unit: observation.unit ?? indicator.unit,
            value: observation.value,
            valueMax: observation.valueMax,
          })}
        </span>
        <span className="headline-figure__period">{observation.periodText || 'Undated in the source'}</span>
        <span className="headline-figure__source">
          Source: <ObservationSource source={observation.source} />
        </span>
      </dd>
    </div>
  )
}
