import type { JSONContent } from '@tiptap/core'

import type { CountryRecord } from '@/lib/import/countryNames'

import type { ParsedArticle } from './parse'
import type { CountrySuggestion, EventSuggestion, FigureSuggestion } from './suggest'

import { countCountryMentions, findEvents, findFigures } from './suggest'

/** A country named only in the author's bio or in a note's reference: shown, not counted. */
export type ShownCountry = { countryId: number | string; firstMention: string; name: string; where: 'bio' | 'note' }

export type ArticleSuggestions = {
  countries: CountrySuggestion[]
  countriesShownOnly: ShownCountry[]
  events: EventSuggestion[]
  figures: FigureSuggestion[]
}

/** The text of a rich-text document, one line a block; footnotes are left out. */
export const docToPlainText = (node: JSONContent): string =>
  node.type === 'text'
    ? (node.text ?? '')
    : (node.content ?? []).map(docToPlainText).join(node.type === 'doc' ? '\n' : '')

/**
 * What the analyst is asked to confirm for one parsed article: the countries its title, standfirst
 * and body name (the bio's and the notes' only shown), the figures, and the dated events with their countries.
 */
export const articleToSuggestions = (article: ParsedArticle, countries: CountryRecord[]): ArticleSuggestions => {
  const body = docToPlainText(article.body)
  // A standfirst taken out of the body counts; one copied from its first sentence is there already.
  const dek = body.includes(article.dek) ? '' : article.dek
  const counted = countCountryMentions(`${article.title}\n${dek}\n${body}`, countries)
  const countedIds = new Set(counted.map((country) => String(country.countryId)))
  const shown = (text: string, where: ShownCountry['where']): ShownCountry[] =>
    countCountryMentions(text, countries)
      .filter((country) => !countedIds.has(String(country.countryId)))
      .map(({ countryId, firstMention, name }) => ({ countryId, firstMention, name, where }))
  const fromBio = shown(article.bio, 'bio')
  const fromNotes = shown(article.notes.map((note) => note.title).join('\n'), 'note').filter(
    (country) => !fromBio.some((other) => String(other.countryId) === String(country.countryId)),
  )
  const topCountry = counted.find((country) => country.confidence === 'high') ?? counted[0]
  return {
    countries: counted,
    countriesShownOnly: [...fromBio, ...fromNotes],
    events: findEvents(article.body, countries, topCountry ? [topCountry.countryId] : []),
    figures: findFigures(article.body, countries),
  }
}
