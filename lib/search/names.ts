/**
 * Names across scripts: one folded Latin form for every spelling of a name, so that a query in
 * Cyrillic finds a name written in Latin letters and the other way round. Transliteration is
 * any-ascii's (per-character tables from Unicode data, covering the Kazakh, Kyrgyz, Tajik,
 * Azerbaijani, Armenian and Georgian letters our names use).
 */
import anyAscii from 'any-ascii'

/**
 * Apostrophes and the letters that stand for them: Uzbek writes Qirgʻiziston with U+02BB, typists
 * with ' or ’, and transliterations of Georgian and Armenian add their own. None separates words.
 */
const APOSTROPHES = /['`´ʹʻʼʽʾʿˈ‘’′]/gu

const NOT_LETTER_OR_DIGIT = /[^a-z0-9]+/g

/** Separates the names in a search field; no search form contains it, so a match never spans two names. */
const NAME_SEPARATOR = ' | '

/**
 * The search form of a text: apostrophes dropped, transliterated to ASCII, lower case, words
 * separated by one space. `Qirg'iziston`, `Qirgʻiziston` and `Қирғизистон` differ only in the
 * letters the scripts spell differently; `Кыргызстан` and `Kyrgyzstan` become the same.
 */
export const textToSearchForm = (text: string): string =>
  anyAscii(text.normalize('NFC').replace(APOSTROPHES, ''))
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim()

/**
 * What the server stores in a document's hidden search field: the distinct search forms of its
 * names, each word preceded by a space, so `contains: ' kyrgyz'` matches the start of a word.
 */
export const namesToSearchField = (names: readonly (null | string | undefined)[]): string => {
  const forms = [...new Set(names.map((name) => textToSearchForm(name ?? '')).filter(Boolean))]
  return forms.length > 0 ? ` ${forms.join(NAME_SEPARATOR)}` : ''
}

/** A document's search field, from its name and its aliases' names. */
export const documentToSearchField = ({
  aliases,
  name,
}: {
  aliases?: null | readonly { name?: null | string }[]
  name?: null | string
}): string => namesToSearchField([name, ...(aliases ?? []).map((alias) => alias.name)])

/**
 * What a query word must appear as in a search field: the start of a word there. Null when the
 * word has no letters or digits left once folded (an emoji, a lone apostrophe).
 */
export const termToSearchFieldPattern = (term: string): null | string => {
  const form = textToSearchForm(term)
  return form ? ` ${form}` : null
}

/** Whether every term starts a word in one name (the same test the database makes on the search field). */
export const isNameMatching = (name: string, terms: readonly string[]): boolean => {
  const field = namesToSearchField([name])
  const patterns = terms.map(termToSearchFieldPattern)
  return field !== '' && patterns.length > 0 && patterns.every((pattern) => !pattern || field.includes(pattern))
}

/** Lower case without apostrophes, in the script it is written in. */
const textToSameScriptForm = (text: string): string => text.normalize('NFC').toLowerCase().replace(APOSTROPHES, '')

const isContainingAll = (text: string, terms: readonly string[]): boolean => {
  const form = textToSameScriptForm(text)
  return terms.every((term) => form.includes(textToSameScriptForm(term)))
}

/**
 * The alias that made a document match, as written, when its own name does not: what the results
 * page shows beside it ("Kyrgyzstan — matched “Киргизия”"). An alias spelt as the query was typed
 * (Алматы) is named even though the name also matches once transliterated; a query that matches
 * the name as written (Kyrgyz) names none, nor does one that matches nothing.
 */
export const matchedAliasOf = (
  { aliases, name }: { aliases?: null | readonly { name: string }[]; name: string },
  terms: readonly string[],
): string | undefined => {
  if (terms.length === 0 || isContainingAll(name, terms)) {
    return undefined
  }
  const asTyped = aliases?.find((alias) => isContainingAll(alias.name, terms))
  if (asTyped) {
    return asTyped.name
  }
  if (isNameMatching(name, terms)) {
    return undefined
  }
  return aliases?.find((alias) => isNameMatching(alias.name, terms))?.name
}
