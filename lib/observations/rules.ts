import type { IndicatorKind } from '@/lib/indicators/options'
import type { Period, StoredPeriod, StoredPeriodInput } from '@/lib/period'

import { observationSeriesKey } from '@/lib/observationKey'
import { periodToLabel, periodToStoredPeriod, periodToTimestamps, storedPeriodToPeriod } from '@/lib/period'

import { OBSERVATION_TEXT_LIMITS, PERIOD_YEARS } from './options'

/**
 * The rules every observation passes, whichever way it is written: the collection hook
 * (collections/Observations/hooks/checkObservation.ts) for forms and the API, and the spreadsheet
 * import's dry run (lib/import/observations/plan.ts), whose accepted rows the bulk writer stores
 * without the hook. Pure functions: the callers load the indicator and the names.
 */

type Id = number | string

/** What the rules need to know about the observation's indicator. */
export type IndicatorForRules = { kind: IndicatorKind; name: string; otherUnits?: null | string[]; unit: string }

export type ObservationRule =
  'partnerIsCountry' | 'partnerOnCountryIndicator' | 'period' | 'range' | 'source' | 'textLength' | 'unit'

/** One thing wrong with an observation: which rule, the field it is about (a Payload path) and what to do. */
export type ObservationProblem = { message: string; path: string; rule: ObservationRule }

const hasValue = (value: unknown) => value !== null && value !== undefined && value !== ''

/** The units an indicator's figures may be given in: its own first. */
export const acceptedUnits = (indicator: IndicatorForRules): string[] => [
  indicator.unit,
  ...(indicator.otherUnits ?? []),
]

/** The unit an observation is stored with: its own (trimmed) or, left empty, the indicator's. */
export const observationUnit = (unit: unknown, indicator: IndicatorForRules): string =>
  typeof unit === 'string' && unit.trim() ? unit.trim() : indicator.unit

/**
 * Problems with what an observation relates and measures: a partner only on a bilateral indicator
 * and never the country itself, a unit the indicator accepts, a range that does not run backwards,
 * and a source (an article or a web address). A null indicator, country or value is one the caller
 * could not read and has already reported; the rules that need it are skipped.
 */
export const observationProblems = ({
  country,
  indicator,
  partner,
  source,
  unit,
  value,
  valueMax,
}: {
  country: Id | null
  indicator: IndicatorForRules | null
  partner: Id | null
  source: { article: Id | null; url: null | string | undefined }
  /** As entered: empty means the indicator's. */
  unit: null | string | undefined
  value: null | number | undefined
  valueMax: null | number | undefined
}): ObservationProblem[] => {
  const problems: ObservationProblem[] = []
  if (partner !== null && indicator && indicator.kind !== 'bilateral') {
    problems.push({
      message: `“${indicator.name}” is a country indicator: remove the partner, or choose a bilateral indicator.`,
      path: 'partner',
      rule: 'partnerOnCountryIndicator',
    })
  }
  if (partner !== null && country !== null && String(partner) === String(country)) {
    problems.push({ message: 'The partner must be a different country.', path: 'partner', rule: 'partnerIsCountry' })
  }
  if (indicator) {
    const accepted = acceptedUnits(indicator)
    const stored = observationUnit(unit, indicator)
    if (!accepted.includes(stored)) {
      problems.push({
        message: `“${indicator.name}” is measured in ${accepted.join(' or ')}, not ${stored}.`,
        path: 'unit',
        rule: 'unit',
      })
    }
  }
  if (typeof value === 'number' && typeof valueMax === 'number' && valueMax < value) {
    problems.push({ message: 'The upper end of the range is below the value.', path: 'valueMax', rule: 'range' })
  }
  if (!hasValue(source.article) && !hasValue(source.url)) {
    problems.push({
      message: 'Cite a source: an article (with its footnote) or a web address.',
      path: 'source.url',
      rule: 'source',
    })
  }
  return problems
}

const TEXT_PATHS: Record<keyof typeof OBSERVATION_TEXT_LIMITS, string> = {
  changeReason: 'changeReason',
  footnote: 'source.footnote',
  note: 'note',
  periodLabel: 'period.label',
  publisher: 'source.publisher',
  qualifierNote: 'qualifierNote',
  subject: 'subject',
  unit: 'unit',
}

/**
 * Texts longer than their field takes. Payload's field validation says the same for forms and the
 * API; the bulk import has none, so its dry run asks this.
 */
export const textLengthProblems = (
  texts: Partial<Record<keyof typeof OBSERVATION_TEXT_LIMITS, null | string | undefined>>,
): ObservationProblem[] =>
  (Object.keys(OBSERVATION_TEXT_LIMITS) as (keyof typeof OBSERVATION_TEXT_LIMITS)[])
    .filter((key) => (texts[key]?.length ?? 0) > OBSERVATION_TEXT_LIMITS[key].maxLength)
    .map((key) => ({
      message: `${OBSERVATION_TEXT_LIMITS[key].label} is longer than ${OBSERVATION_TEXT_LIMITS[key].maxLength} characters.`,
      path: TEXT_PATHS[key],
      rule: 'textLength',
    }))

type CheckedPeriod = { period: null; problem: ObservationProblem } | { period: Period; problem: null }

const periodProblem = (message: string, path: string): CheckedPeriod => ({
  period: null,
  problem: { message, path, rule: 'period' },
})

/**
 * The period of an observation's `period` group as entered, or why it is not one: a year is a whole
 * number within `PERIOD_YEARS`, dates need a start (the end defaults to it) and may not end before
 * they start; a group without a kind is undated. Reading the group is `storedPeriodToPeriod`'s.
 */
export const checkPeriod = (input: null | StoredPeriodInput | undefined): CheckedPeriod => {
  const kind = input?.kind ?? 'undated'
  if (kind === 'year') {
    const year = Number(input?.year)
    if (!Number.isInteger(year) || year < PERIOD_YEARS.min || year > PERIOD_YEARS.max) {
      return periodProblem(
        `Give the year as four digits between ${PERIOD_YEARS.min} and ${PERIOD_YEARS.max}.`,
        'period.year',
      )
    }
    return { period: storedPeriodToPeriod({ ...input, kind, year }), problem: null }
  }
  if (kind === 'dates') {
    if (!input?.start) {
      return periodProblem('A period of dates needs a start date.', 'period.start')
    }
    const period = storedPeriodToPeriod({ ...input, end: input.end || input.start })
    if (period.kind === 'dates' && period.end < period.start) {
      return periodProblem('The period ends before it starts.', 'period.end')
    }
    return { period, problem: null }
  }
  return { period: storedPeriodToPeriod({ kind: 'undated', label: input?.label }), problem: null }
}

/** "Bilateral trade turnover: Kazakhstan × Uzbekistan (Masrik-1), Jan–Aug 2025" */
export const observationTitle = ({
  countryName,
  indicatorName,
  partnerName,
  period,
  subject,
}: {
  countryName: string
  indicatorName: string
  partnerName: null | string
  period: Period
  subject: null | string | undefined
}): string => {
  const subjectText = subject?.trim() ? ` (${subject.trim()})` : ''
  return `${indicatorName}: ${countryName}${partnerName ? ` × ${partnerName}` : ''}${subjectText}, ${periodToLabel(period)}`
}

/** What the collection derives from an observation and stores beside it. */
export type DerivedObservationFields = {
  /** The period group as stored: bounds as midnight UTC timestamps. */
  period: StoredPeriod
  periodText: string
  seriesKey: string
  title: string
}

/** A related record as the title needs it. */
export type NamedRecord = { id: Id; name: string }

/**
 * The fields every stored observation carries beside what was entered: its period's bounds, the
 * period as readers see it, its series key (one value per indicator, countries, period and subject)
 * and its title. The hook writes them on every save; the bulk import writes the same for its rows.
 */
export const deriveObservationFields = ({
  country,
  indicator,
  partner,
  period,
  subject,
}: {
  country: NamedRecord
  indicator: NamedRecord
  partner: NamedRecord | null
  period: Period
  subject: null | string | undefined
}): DerivedObservationFields => ({
  period: periodToTimestamps(periodToStoredPeriod(period)),
  periodText: periodToLabel(period),
  seriesKey: observationSeriesKey({
    country: country.id,
    indicator: indicator.id,
    partner: partner?.id ?? null,
    period,
    subject,
  }),
  title: observationTitle({
    countryName: country.name,
    indicatorName: indicator.name,
    partnerName: partner?.name ?? null,
    period,
    subject,
  }),
})
