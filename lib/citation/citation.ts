import { formatDate } from '@/lib/format'
import { textToSlug } from '@/lib/slugify'

import { CITATION_PUBLISHER, DATA_LICENCE } from './licence'

export type CitationSubject = {
  /** The day the reader saw the data (YYYY-MM-DD, UTC). */
  accessedOn: string
  /** The day the figures are pinned to (YYYY-MM-DD), or null for current figures. */
  asOf: null | string
  /** The absolute address that shows these figures again, carrying `asOf` when pinned. */
  permalink: string
  title: string
}

export type Citation = { bibtex: string; text: string }

/** BibTeX treats these as commands or groups; escaped so a title prints as written. */
const BIBTEX_SPECIAL = /([\\{}%&#_$^~])/g

const escapeBibtex = (text: string): string =>
  text.replace(BIBTEX_SPECIAL, (character) =>
    character === '\\'
      ? '\\textbackslash{}'
      : character === '^' || character === '~'
        ? `\\${character}{}`
        : `\\${character}`,
  )

/** A URL in BibTeX only needs `%` and `#` escaped inside `\url{}`-aware styles; raw elsewhere. */
const escapeBibtexUrl = (url: string): string => url.replace(/([%#])/g, '\\$1')

const CITATION_KEY_TITLE_LENGTH = 40

/** The first whole words of the title, so a citation key stays short and readable. */
const titleToCitationKeyWords = (title: string): string => {
  const words: string[] = []
  for (const word of textToSlug(title).split('-')) {
    if ([...words, word].join('-').length > CITATION_KEY_TITLE_LENGTH) {
      break
    }
    words.push(word)
  }
  return words.join('-')
}

/**
 * How to cite a page of figures: plain text for reading and BibTeX for reference managers. The
 * year is the year of the figures (the pinned day) or, for current figures, the day accessed.
 */
export const subjectToCitation = ({ accessedOn, asOf, permalink, title }: CitationSubject): Citation => {
  const year = (asOf ?? accessedOn).slice(0, 4)
  const pinnedText = asOf ? ` Figures as published on ${formatDate(asOf)}.` : ''
  const text =
    `${CITATION_PUBLISHER} (${year}). ${title}.${pinnedText} ${permalink} ` +
    `(accessed ${formatDate(accessedOn)}). Licence: ${DATA_LICENCE.name}.`
  const key = [textToSlug(CITATION_PUBLISHER), titleToCitationKeyWords(title), asOf ?? year].filter(Boolean).join('-')
  const note = [asOf ? `Figures as published on ${asOf}` : null, `Licence: ${DATA_LICENCE.name}`]
    .filter(Boolean)
    .join('. ')
  const bibtex = [
    `@misc{${key},`,
    `  author = {{${escapeBibtex(CITATION_PUBLISHER)}}},`,
    `  title = {{${escapeBibtex(title)}}},`,
    `  year = {${year}},`,
    `  url = {${escapeBibtexUrl(permalink)}},`,
    `  urldate = {${accessedOn}},`,
    `  note = {${escapeBibtex(note)}},`,
    '}',
  ].join('\n')
  return { bibtex, text }
}

/** Today in UTC: the day a citation or download says the data was accessed. */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10)

/** The title a country profile's figures are cited and downloaded under. */
export const countryDatasetTitle = ({ name }: { name: string }): string => `${name}: published figures`

/** The title an indicator page's figures are cited and downloaded under. */
export const indicatorDatasetTitle = ({ name }: { name: string }): string => `${name}: published figures by country`

/** The title a comparison's figures are cited and downloaded under. */
export const comparisonDatasetTitle = ({
  countries,
  indicators,
}: {
  countries: { name: string }[]
  indicators: { name: string }[]
}): string =>
  `Comparison of ${countries.map((country) => country.name).join(', ') || 'no countries'} on ${
    indicators.map((indicator) => indicator.name).join(', ') || 'no indicators'
  }`
