import countries from 'i18n-iso-countries'
import english from 'i18n-iso-countries/langs/en.json'

countries.registerLocale(english)

/**
 * Names writers use for a country that neither our record nor the ISO lists spell out, by ISO2
 * code. Abbreviations are matched as written (case-sensitive), so "US" is not the word "us".
 * Shared by the article import's country suggestions and anything that matches country names in
 * prose or search.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  EU: ['EU', 'E.U.', 'European Union'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  KG: ['Kyrgyz Republic', 'Kirghizia'],
  KR: ['Republic of Korea', 'ROK'],
  KZ: ['Kazakstan'],
  RU: ['Russian Federation'],
  TM: ['Turkmenia'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  US: ['U.S.', 'US', 'USA', 'U.S.A.', 'United States', 'United States of America'],
}

/**
 * Capitals and seats of government writers use for the state itself ("Moscow argues …"). A
 * capital can also just be a place, so a country found only this way is a weaker suggestion.
 */
export const CAPITAL_METONYMS: Readonly<Record<string, readonly string[]>> = {
  AE: ['Abu Dhabi'],
  AM: ['Yerevan'],
  AZ: ['Baku'],
  CN: ['Beijing'],
  EU: ['Brussels'],
  GB: ['London'],
  GE: ['Tbilisi'],
  IN: ['New Delhi'],
  IR: ['Tehran'],
  JP: ['Tokyo'],
  KG: ['Bishkek'],
  KR: ['Seoul'],
  KZ: ['Astana'],
  RU: ['Moscow', 'the Kremlin'],
  TJ: ['Dushanbe'],
  TM: ['Ashgabat'],
  TR: ['Ankara'],
  UA: ['Kyiv'],
  US: ['Washington'],
  UZ: ['Tashkent'],
}

/** English names of a country from the ISO list (`i18n-iso-countries`) and our aliases. */
export const countryNamesOf = (iso2: string): string[] => {
  const iso = countries.getName(iso2, 'en', { select: 'all' }) ?? []
  return [...new Set([...iso, ...(COUNTRY_ALIASES[iso2] ?? [])])]
}
