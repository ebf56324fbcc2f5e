import type { Observation } from '@/payload-types'

import type { StoredPeriod } from '@/lib/period'

import { periodToStoredPeriod, storedPeriodToPeriod } from '@/lib/period'

import type { Qualifier } from './options'

type Id = number | string

/**
 * One observation as entered: plain ids, dates as ISO days, nothing the collection derives (title,
 * period text, series key). The spreadsheet import reads rows into it, compares it with what is
 * stored, exports it and writes it; the article import writes it too.
 *
 * Not to be confused with the two other shapes of the same record: `Observation` (payload-types.ts)
 * is the stored document with its workflow and derived fields, and `SeriesPoint`
 * (lib/series/points.ts) is a published figure as charts and tables show it.
 */
export type ObservationData = {
  country: Id
  indicator: Id
  note: null | string
  partner: Id | null
  period: StoredPeriod
  qualifier: Qualifier
  qualifierNote: null | string
  source: {
    accessed: null | string
    article: Id | null
    footnote: null | string
    publisher: null | string
    url: null | string
  }
  subject: null | string
  unit: string
  value: number
  valueMax: null | number
}

/** The id of a relationship field's value, populated or not; null when empty. */
export const relationId = (value: unknown): Id | null =>
  value === null || value === undefined
    ? null
    : typeof value === 'object'
      ? ((value as { id: Id }).id ?? null)
      : (value as Id)

const day = (value: null | string | undefined) => (value ? String(value).slice(0, 10) : null)

/** A stored observation (any depth) as the data it was entered with. */
export const observationToData = (doc: Observation): ObservationData => ({
  country: relationId(doc.country)!,
  indicator: relationId(doc.indicator)!,
  note: doc.note ?? null,
  partner: relationId(doc.partner),
  period: periodToStoredPeriod(storedPeriodToPeriod(doc.period)),
  qualifier: doc.qualifier,
  qualifierNote: doc.qualifierNote ?? null,
  source: {
    accessed: day(doc.source?.accessed),
    article: relationId(doc.source?.article),
    footnote: doc.source?.footnote ?? null,
    publisher: doc.source?.publisher ?? null,
    url: doc.source?.url ?? null,
  },
  subject: doc.subject ?? null,
  unit: doc.unit ?? '',
  value: doc.value,
  valueMax: doc.valueMax ?? null,
})
