import type { SeedAlias } from './types'

export type SeedPlace = { aliases: SeedAlias[]; country: string; name: string }

const SOVIET_ERA = 'Soviet-era name'

/**
 * The cities and regions the fact sheet names, with their names in the local language and Russian
 * and the older names readers still search for. Countries' names come from the country-names list
 * instead (lib/countries/aliases.ts); no such list knows these.
 */
export const places: SeedPlace[] = [
  {
    name: 'Almaty',
    country: 'KAZ',
    aliases: [
      { name: 'Алматы', language: 'kk' },
      { name: 'Alma-Ata', language: 'en', note: `${SOVIET_ERA}, until 1993` },
      { name: 'Алма-Ата', language: 'ru', note: SOVIET_ERA },
    ],
  },
  {
    name: 'Astana',
    country: 'KAZ',
    aliases: [
      { name: 'Астана', language: 'kk' },
      { name: 'Nur-Sultan', language: 'en', note: 'Name 2019–2022' },
      { name: 'Нур-Султан', language: 'ru', note: 'Name 2019–2022' },
      { name: 'Akmola', language: 'en', note: 'Name 1992–1998' },
      { name: 'Tselinograd', language: 'en', note: `${SOVIET_ERA}, 1961–1992` },
    ],
  },
  {
    name: 'Aktau',
    country: 'KAZ',
    aliases: [
      { name: 'Ақтау', language: 'kk' },
      { name: 'Актау', language: 'ru' },
      { name: 'Shevchenko', language: 'en', note: `${SOVIET_ERA}, 1964–1991` },
    ],
  },
  {
    name: 'Bishkek',
    country: 'KGZ',
    aliases: [
      { name: 'Бишкек', language: 'ky' },
      { name: 'Frunze', language: 'en', note: `${SOVIET_ERA}, 1926–1991` },
      { name: 'Фрунзе', language: 'ru', note: SOVIET_ERA },
    ],
  },
  {
    name: 'Tashkent',
    country: 'UZB',
    aliases: [
      { name: 'Toshkent', language: 'uz' },
      { name: 'Ташкент', language: 'ru' },
    ],
  },
  {
    name: 'Samarkand',
    country: 'UZB',
    aliases: [
      { name: 'Samarqand', language: 'uz' },
      { name: 'Самарканд', language: 'ru' },
    ],
  },
  {
    name: 'Andijan',
    country: 'UZB',
    aliases: [
      { name: 'Andijon', language: 'uz' },
      { name: 'Андижан', language: 'ru' },
    ],
  },
  {
    name: 'Fergana',
    country: 'UZB',
    aliases: [
      { name: 'Fargʻona', language: 'uz' },
      { name: 'Фергана', language: 'ru' },
    ],
  },
  {
    name: 'Dushanbe',
    country: 'TJK',
    aliases: [
      { name: 'Душанбе', language: 'tg' },
      { name: 'Stalinabad', language: 'en', note: `${SOVIET_ERA}, 1929–1961` },
    ],
  },
  {
    name: 'Ashgabat',
    country: 'TKM',
    aliases: [
      { name: 'Aşgabat', language: 'tk' },
      { name: 'Ашхабад', language: 'ru' },
      { name: 'Ashkhabad', language: 'en', note: 'Older English spelling' },
      { name: 'Poltoratsk', language: 'en', note: 'Name 1919–1927' },
    ],
  },
  {
    name: 'Baku',
    country: 'AZE',
    aliases: [
      { name: 'Bakı', language: 'az' },
      { name: 'Баку', language: 'ru' },
    ],
  },
  {
    name: 'Alat',
    country: 'AZE',
    aliases: [
      { name: 'Ələt', language: 'az' },
      { name: 'Алят', language: 'ru' },
    ],
  },
  {
    name: 'Nakhchivan',
    country: 'AZE',
    aliases: [
      { name: 'Naxçıvan', language: 'az' },
      { name: 'Нахичевань', language: 'ru' },
    ],
  },
  {
    name: 'Tbilisi',
    country: 'GEO',
    aliases: [
      { name: 'თბილისი', language: 'ka' },
      { name: 'Тбилиси', language: 'ru' },
      { name: 'Tiflis', language: 'en', note: 'Older name, until 1936' },
    ],
  },
  {
    name: 'Batumi',
    country: 'GEO',
    aliases: [
      { name: 'ბათუმი', language: 'ka' },
      { name: 'Батуми', language: 'ru' },
    ],
  },
  {
    name: 'Yerevan',
    country: 'ARM',
    aliases: [
      { name: 'Երևան', language: 'hy' },
      { name: 'Ереван', language: 'ru' },
      { name: 'Erivan', language: 'en', note: 'Older name' },
    ],
  },
  {
    name: 'Kashgar',
    country: 'CHN',
    aliases: [
      { name: 'Kashi', language: 'en', note: 'Official Chinese name' },
      { name: 'Кашгар', language: 'ru' },
    ],
  },
]
