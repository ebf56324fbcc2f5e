import countries from 'i18n-iso-countries'
import armenian from 'i18n-iso-countries/langs/hy.json'
import azerbaijani from 'i18n-iso-countries/langs/az.json'
import english from 'i18n-iso-countries/langs/en.json'
import georgian from 'i18n-iso-countries/langs/ka.json'
import kazakh from 'i18n-iso-countries/langs/kk.json'
import kyrgyz from 'i18n-iso-countries/langs/ky.json'
import russian from 'i18n-iso-countries/langs/ru.json'
import tajik from 'i18n-iso-countries/langs/tg.json'
import turkish from 'i18n-iso-countries/langs/tr.json'
import turkmen from 'i18n-iso-countries/langs/tk.json'
import uzbek from 'i18n-iso-countries/langs/uz.json'

import { ALIAS_LANGUAGE_CODES, type AliasLanguage } from '@/lib/search/aliasLanguages'

for (const locale of [
  english,
  russian,
  kazakh,
  kyrgyz,
  uzbek,
  turkmen,
  tajik,
  azerbaijani,
  armenian,
  georgian,
  turkish,
]) {
  countries.registerLocale(locale)
}

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

export type CountryAlias = { language?: AliasLanguage; name: string }

/**
 * A country's names in the region's languages, Russian, Turkish and English, as the country-names
 * list (`i18n-iso-countries`, with its alternative names) spells them, then our English aliases;
 * each once, without `ownName`. What the seed stores as the country's editable aliases.
 */
export const countryAliasesOf = (iso2: null | string | undefined, ownName: string): CountryAlias[] => {
  if (!iso2) {
    return []
  }
  const fromList = ALIAS_LANGUAGE_CODES.flatMap((language) =>
    (countries.getName(iso2, language, { select: 'all' }) ?? []).map((name) => ({ language, name: name.trim() })),
  )
  const ours = (COUNTRY_ALIASES[iso2] ?? []).map((name) => ({ language: 'en' as const, name }))
  const seen = new Set([ownName])
  return [...fromList, ...ours].filter(({ name }) => name !== '' && !seen.has(name) && !!seen.add(name))
}
