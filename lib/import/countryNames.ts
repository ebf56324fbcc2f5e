import worldCountries from 'world-countries'

import { normalizeName } from './normalizeName'

/** Names the `world-countries` data lacks but older sources and spreadsheets still use. */
const EXTRA_NAMES: Record<string, string[]> = {
  KG: ['Kirghizia'],
  KZ: ['Kazakstan'],
  MD: ['Moldavia'],
  TM: ['Turkmenia'],
  TR: ['Turkey'],
}

export type CountryRecord = { id: number | string; iso2?: null | string; iso3: string; name: string }

export type CountryMatcher = (text: string) => CountryRecord | null

/**
 * Finds one of our country records from an ISO2 or ISO3 code, its own name, or any English, Russian
 * or native name and spelling variant `world-countries` knows (e.g. "Kyrgyz Republic", "Киргизия").
 */
export const createCountryMatcher = (records: CountryRecord[]): CountryMatcher => {
  const byKey = new Map<string, CountryRecord>()
  const byIso2 = new Map<string, CountryRecord>()
  const byIso3 = new Map<string, CountryRecord>()
  for (const record of records) {
    byIso3.set(record.iso3.toUpperCase(), record)
    if (record.iso2) {
      byIso2.set(record.iso2.toUpperCase(), record)
    }
    byKey.set(normalizeName(record.name), record)
  }
  for (const country of worldCountries) {
    const record = byIso3.get(country.cca3) ?? byIso2.get(country.cca2)
    if (!record) {
      continue
    }
    const names = [
      country.name.common,
      country.name.official,
      ...Object.values(country.name.native ?? {}).flatMap((native) => [native.common, native.official]),
      ...country.altSpellings,
      ...['rus', 'deu', 'fra'].flatMap((language) => {
        const translation = country.translations[language]
        return translation ? [translation.common, translation.official] : []
      }),
      ...(EXTRA_NAMES[country.cca2] ?? []),
    ]
    for (const name of names) {
      const key = name ? normalizeName(name) : ''
      if (key.length > 2 && !byKey.has(key)) {
        byKey.set(key, record)
      }
    }
  }
  return (text) => {
    const value = text.trim()
    if (!value) {
      return null
    }
    const upper = value.toUpperCase()
    if (/^[A-Z]{3}$/.test(upper) && byIso3.has(upper)) {
      return byIso3.get(upper)!
    }
    if (/^[A-Z]{2}$/.test(upper) && byIso2.has(upper)) {
      return byIso2.get(upper)!
    }
    return byKey.get(normalizeName(value)) ?? null
  }
}
