/**
 * What an observation may hold, shared by the observations collection (its select options and
 * field limits), the rules every write passes (lib/observations/rules.ts) and the spreadsheet
 * import, which writes in bulk without Payload's field validation and so checks these itself.
 */
export const QUALIFIERS = [
  { label: 'Actual', value: 'actual' },
  { label: 'Estimate', value: 'estimate' },
  { label: 'Approximate', value: 'approx' },
  { label: 'Target', value: 'target' },
  { label: 'Lower bound (at least)', value: 'lower-bound' },
  { label: 'Upper bound (at most)', value: 'upper-bound' },
] as const

export type Qualifier = (typeof QUALIFIERS)[number]['value']

export const QUALIFIER_VALUES: readonly Qualifier[] = QUALIFIERS.map((qualifier) => qualifier.value)

export const PERIOD_KINDS = [
  { label: 'Calendar year', value: 'year' },
  { label: 'Dates (month, span or day)', value: 'dates' },
  { label: 'Undated in the source', value: 'undated' },
] as const

/** The calendar years a `year` period may name. */
export const PERIOD_YEARS = { max: 2100, min: 1900 } as const

/** Longest text each field takes, by the field's label as messages name it. */
export const OBSERVATION_TEXT_LIMITS = {
  changeReason: { label: 'Reason for this change', maxLength: 1000 },
  footnote: { label: 'Footnote', maxLength: 24 },
  note: { label: 'Note', maxLength: 2000 },
  periodLabel: { label: 'Period label', maxLength: 60 },
  publisher: { label: 'Publisher', maxLength: 200 },
  qualifierNote: { label: 'Qualifier note', maxLength: 200 },
  subject: { label: 'Subject', maxLength: 200 },
  unit: { label: 'Unit', maxLength: 40 },
} as const
