import type { Country, Indicator, Observation } from '@/payload-types'

export type IndicatorLookup = Pick<Indicator, 'decimals' | 'kind' | 'name' | 'scale' | 'slug' | 'unit'>
export type CountryLookup = Pick<Country, 'iso3' | 'kind' | 'name' | 'slug'>

/** Indicators and countries populated on observations, by slug, for labels and number formatting. */
export const observationLookups = (
  observations: Observation[],
): { countries: Map<string, CountryLookup>; indicators: Map<string, IndicatorLookup> } => {
  const countries = new Map<string, CountryLookup>()
  const indicators = new Map<string, IndicatorLookup>()
  for (const observation of observations) {
    for (const country of [observation.country, observation.partner]) {
      if (country && typeof country === 'object' && country.slug) {
        countries.set(country.slug, country)
      }
    }
    if (typeof observation.indicator === 'object' && observation.indicator.slug) {
      indicators.set(observation.indicator.slug, observation.indicator)
    }
  }
  return { countries, indicators }
}
