import React from 'react'

import type { SeriesPoint } from '@/lib/series/points'

import { qualifierText } from '@/lib/format'
import { pointToValueText } from '@/lib/series/text'

type IndicatorDisplay = { decimals?: null | number; scale?: null | string }

/** A figure's value with its qualifier as a visible tag and the source's own wording on hover. */
export const FigureValue = ({
  figure,
  indicator,
}: {
  figure: SeriesPoint
  indicator: IndicatorDisplay | undefined
}) => {
  const qualifier = qualifierText(figure.qualifier)
  return (
    <>
      <span className="figure-value">{pointToValueText(figure, indicator)}</span>
      {qualifier ? (
        <span className="qualifier" title={figure.qualifierNote ?? undefined}>
          {qualifier}
        </span>
      ) : null}
    </>
  )
}
