/**
 * Option lists of the countries collection, shared by its config (the select fields) and the reader
 * pages that group, filter and label countries by them.
 */
export const COUNTRY_REGIONS = [
  { label: 'Central Asia', value: 'central-asia' },
  { label: 'South Caucasus', value: 'south-caucasus' },
  { label: 'External power', value: 'external-power' },
  { label: 'Neighbouring state', value: 'neighbour' },
  { label: 'Middle East', value: 'middle-east' },
  { label: 'Other', value: 'other' },
  { label: 'Historical', value: 'historical' },
] as const

export type CountryRegion = (typeof COUNTRY_REGIONS)[number]['value']

/** The two regions the site is about: the home page and the article filters lead with them. */
export const FOCUS_REGIONS = COUNTRY_REGIONS.filter(
  (region) => region.value === 'central-asia' || region.value === 'south-caucasus',
)

export const COUNTRY_KINDS = [
  { label: 'State', value: 'state' },
  { label: 'Bloc', value: 'bloc' },
  { label: 'Regional aggregate', value: 'aggregate' },
  { label: 'Historical state', value: 'historical' },
] as const

/** "Central Asia" for `central-asia`; an unknown value as it is. */
export const regionLabel = (value: string): string =>
  COUNTRY_REGIONS.find((region) => region.value === value)?.label ?? value
