import React from 'react'

import type { Country, Indicator, Observation } from '@/payload-types'

import { formatValue, qualifierText } from '@/lib/format'

import { ObservationSource } from './ObservationSource'

type Props = {
  caption: string
  observations: Observation[]
  /** Hide the indicator column on an indicator's own page. */
  showIndicator?: boolean
}

/** Published figures with unit, period, qualifier and a link to each source. */
export const ObservationsTable = ({ caption, observations, showIndicator = true }: Props) => (
  <div className="data-table-wrap">
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {showIndicator ? <th scope="col">Indicator</th> : null}
          <th scope="col">Country × partner</th>
          <th scope="col">Period</th>
          <th scope="col">Value</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {observations.map((observation) => {
          const indicator = observation.indicator as Indicator
          const subject = observation.country as Country
          const partner = observation.partner as Country | null
          const qualifier = qualifierText(observation.qualifier)
          const countries = `${subject?.name ?? ''}${partner ? ` × ${partner.name}` : ''}`
          return (
            <tr key={observation.id}>
              {showIndicator ? (
                <th scope="row">
                  {indicator?.name}
                  {observation.subject ? <div className="muted">{observation.subject}</div> : null}
                </th>
              ) : null}
              {showIndicator ? (
                <td>{countries}</td>
              ) : (
                <th scope="row">
                  {countries}
                  {observation.subject ? <div className="muted">{observation.subject}</div> : null}
                </th>
              )}
              <td>{observation.periodText}</td>
              <td className="num">
                {formatValue({
                  decimals: indicator?.decimals,
                  scale: indicator?.scale,
                  unit: observation.unit ?? indicator?.unit,
                  value: observation.value,
                  valueMax: observation.valueMax,
                })}
                {qualifier ? <span className="qualifier">{qualifier}</span> : null}
              </td>
              <td className="source">
                <ObservationSource source={observation.source} />
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  </div>
)
