/** Option lists of the events collection, shared by its config and the code that reads events. */
export const EVENT_KINDS = [
  'summit',
  'visit',
  'call',
  'agreement',
  'exercise',
  'forum',
  'proposal',
  'infrastructure',
  'commissioning',
  'trade',
  'founding',
  'incident',
  'war',
  'other',
] as const

export const DATE_PRECISIONS = [
  { label: 'Day', value: 'day' },
  { label: 'Span of days', value: 'range' },
  { label: 'Month', value: 'month' },
  { label: 'Year', value: 'year' },
  { label: 'Decade', value: 'decade' },
  { label: 'Not stated in the source', value: 'unknown' },
] as const
