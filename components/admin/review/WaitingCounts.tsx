import Link from 'next/link'
import React from 'react'

import type { QueueCounts } from '@/lib/workflow/queueOrder'

import { COLLECTION_LABELS } from '@/lib/workflow/reviewQueue'

/**
 * How many changes wait, per collection and per country, as chips: on the desk each collection
 * links to its part of the queue, which shows the same chips without links.
 */
export const WaitingCounts = ({
  counts,
  linkToQueue = false,
  maxCountries,
}: {
  counts: Pick<QueueCounts, 'byCollection' | 'byCountry'>
  linkToQueue?: boolean
  maxCountries?: number
}) => (
  <div className="desk__counts">
    <div className="desk__count-row">
      <span className="review__muted">By collection</span>
      <ul aria-label="Waiting per collection">
        {counts.byCollection.map(({ collection, count }) => {
          const label = (
            <>
              {COLLECTION_LABELS[collection]} <span className="desk__count">{count}</span>
            </>
          )
          return (
            <li key={collection}>
              {linkToQueue ? <Link href={`/admin/review?collection=${collection}`}>{label}</Link> : label}
            </li>
          )
        })}
      </ul>
    </div>
    {counts.byCountry.length > 0 ? (
      <div className="desk__count-row">
        <span className="review__muted">By country</span>
        <ul aria-label="Waiting per country">
          {counts.byCountry.slice(0, maxCountries).map(({ count, country }) => (
            <li key={country}>
              {country} <span className="desk__count">{count}</span>
            </li>
          ))}
        </ul>
      </div>
    ) : null}
  </div>
)
