/**
 * Option lists of the indicators collection, shared by its config (the select fields), the reader
 * pages that group and describe indicators, and the observation rules (bilateral or country).
 */
export const INDICATOR_CATEGORIES = [
  { label: 'Trade', value: 'trade' },
  { label: 'Investment', value: 'investment' },
  { label: 'Agreements and diplomacy', value: 'diplomacy' },
  { label: 'Energy', value: 'energy' },
  { label: 'Transport and connectivity', value: 'connectivity' },
  { label: 'People and mobility', value: 'people' },
] as const

export const INDICATOR_SCALES = [
  { label: 'As is', value: '1' },
  { label: 'Thousands', value: '1e3' },
  { label: 'Millions', value: '1e6' },
  { label: 'Billions', value: '1e9' },
] as const

/** A bilateral indicator describes a country and a partner (trade with China); a country one, the country alone. */
export const INDICATOR_KINDS = [
  { label: 'Country', value: 'country' },
  { label: 'Bilateral (country × partner)', value: 'bilateral' },
] as const

export type IndicatorKind = (typeof INDICATOR_KINDS)[number]['value']
