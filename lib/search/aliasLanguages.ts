/**
 * Languages an alias can be marked with: those of the region, Russian and Turkish, in which the
 * country-names list (`i18n-iso-countries`) gives names, and English.
 */
export const ALIAS_LANGUAGES = [
  { label: 'English', value: 'en' },
  { label: 'Russian', value: 'ru' },
  { label: 'Kazakh', value: 'kk' },
  { label: 'Kyrgyz', value: 'ky' },
  { label: 'Uzbek', value: 'uz' },
  { label: 'Turkmen', value: 'tk' },
  { label: 'Tajik', value: 'tg' },
  { label: 'Azerbaijani', value: 'az' },
  { label: 'Armenian', value: 'hy' },
  { label: 'Georgian', value: 'ka' },
  { label: 'Turkish', value: 'tr' },
] as const

export type AliasLanguage = (typeof ALIAS_LANGUAGES)[number]['value']

export const ALIAS_LANGUAGE_CODES: readonly AliasLanguage[] = ALIAS_LANGUAGES.map(({ value }) => value)
