import React from 'react'

import type { SeriesPoint } from '@/lib/series/points'

import { qualifierText } from '@/lib/format'
import { pointToValueText } from '@/lib/series/text'

type IndicatorDisplay = { decimals?: null | number; scale?: null | string }

/**
 * A figure's value with its qualifier as a visible tag and the source's own wording on hover, and a
 * link to its revision log (`/figures/<id>`), marked "revised" when it was published more than once.
 */
export const FigureValue = ({
  figure,
  indicator,
  showHistory = true,
}: {
  figure: SeriesPoint
  indicator: IndicatorDisplay | undefined
  showHistory?: boolean
}) => {
  const qualifier = qualifierText(figure.qualifier)
  const isRevised = (figure.revisionCount ?? 0) > 1
  return (
    <>
      <span className="figure-value">{pointToValueText(figure, indicator)}</span>
      {qualifier ? (
        <span className="qualifier" title={figure.qualifierNote ?? undefined}>
          {qualifier}
        </span>
      ) : null}
      {showHistory ? (
        <a
          aria-label={
            isRevised
              ? `Revised: history of this figure (${figure.periodLabel})`
              : `History of this figure (${figure.periodLabel})`
          }
          className={isRevised ? 'figure-history figure-history--revised' : 'figure-history'}
          href={`/figures/${figure.id}`}
        >
          {isRevised ? 'revised' : 'history'}
        </a>
      ) : null}
    </>
  )
}
