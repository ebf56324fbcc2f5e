import type { Period } from './period'

import { periodToKey } from './period'
import { textToSlug } from './slugify'

type Id = number | string

/**
 * Identity of an observation: one value per indicator, country, partner, period and subject.
 * Stored (unique) on every observation so duplicates are found with one indexed lookup.
 */
export const observationSeriesKey = ({
  country,
  indicator,
  partner,
  period,
  subject,
}: {
  country: Id
  indicator: Id
  partner?: Id | null
  period: Period
  subject?: null | string
}): string => [indicator, country, partner ?? '-', periodToKey(period), textToSlug(subject ?? '') || '-'].join('|')
