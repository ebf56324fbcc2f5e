import type { StoredPeriodInput } from '@/lib/period'

import { formatValue, qualifierText } from '@/lib/format'
import { periodToLabel, storedPeriodToPeriod } from '@/lib/period'

/** The stored fields of an observation that readers see in a figure. */
export type StoredFigure = {
  period?: null | StoredPeriodInput
  qualifier?: null | string
  unit?: null | string
  value?: null | number
  valueMax?: null | number
}

/**
 * A stored observation as readers would read it ("at least $3.0 bn · 2025"): the indicator's scale
 * and decimals, the unit, the qualifier and the period, so a reviewer sees a slip by a factor of a
 * million as readers would meet it. Null when the document holds no value.
 */
export const storedFigureToReaderText = (
  figure: null | StoredFigure | undefined,
  indicator: { decimals?: null | number; scale?: null | string; unit?: null | string } | null | undefined,
): null | string => {
  if (!figure || typeof figure.value !== 'number') {
    return null
  }
  const value = formatValue({
    decimals: indicator?.decimals,
    scale: indicator?.scale,
    unit: figure.unit || indicator?.unit || '',
    value: figure.value,
    valueMax: figure.valueMax ?? null,
  })
  const qualifier = figure.qualifier ? qualifierText(figure.qualifier) : ''
  const period = figure.period ? periodToLabel(storedPeriodToPeriod(figure.period)) : ''
  return [qualifier ? `${qualifier} ${value}` : value, period].filter(Boolean).join(' · ')
}
