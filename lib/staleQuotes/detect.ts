import type { JSONContent } from '@tiptap/core'

import type { CountryRecord } from '@/lib/import/countryNames'
import type { Period } from '@/lib/period'

import type { StaleQuoteKind } from './options'

import { findFigures } from '@/lib/import/article/suggest'
import { textToNumber, textToPeriod } from '@/lib/import/observations/parseValues'
import { periodToKey } from '@/lib/period'

/** One place in an article's text that quotes the changed figure. */
export type FigureQuote = {
  kind: StaleQuoteKind
  /** The words that carry the figure: the typed phrase (`$1.2 bn`) or the live node's label. */
  phrase: string
  /** The typed value as the text gives it; null for a live figure (it shows the current value). */
  quotedValue: null | number
  sentence: string
}

/** A published figure before and after an approved change, with what ties it to prose. */
export type ChangedFigure = {
  countryId: number | string
  id: number | string
  newValue: number
  newValueMax: null | number
  oldValue: number
  oldValueMax: null | number
  partnerId: null | number | string
  period: Period
  unit: string
}

/** Sentences of a paragraph's text, as the importer reads them (a dot before a digit does not end one). */
const SENTENCE = /(?:[^.!?]|[.!?](?=\d))+(?:[.!?]+|$)/g

const sentenceAt = (text: string, at: number): string => {
  for (const match of text.matchAll(SENTENCE)) {
    if (at >= match.index && at < match.index + match[0].length) {
      return match[0].trim()
    }
  }
  return text.trim()
}

/** The text of a block as readers read it, with where each live figure of `observationId` sits. */
const blockText = (node: JSONContent, observationId: string): { at: number[]; text: string } => {
  let text = ''
  const at: number[] = []
  const visit = (child: JSONContent) => {
    if (child.type === 'text') {
      text += child.text ?? ''
    } else if (child.type === 'indicatorFigure') {
      if (String(child.attrs?.observationId) === observationId) {
        at.push(text.length)
      }
      text += String(child.attrs?.label ?? '')
    } else if (child.type === 'countryMention') {
      text += String(child.attrs?.label ?? '')
    } else if (child.type !== 'footnote') {
      child.content?.forEach(visit)
    }
  }
  node.content?.forEach(visit)
  return { at, text }
}

/**
 * Every live figure node in `doc` that shows observation `observationId`, each with the sentence
 * around it (the node read as its label, the text it showed when inserted).
 */
export const liveFigureQuotes = (
  doc: JSONContent | null | undefined,
  observationId: number | string,
): FigureQuote[] => {
  const quotes: FigureQuote[] = []
  const wanted = String(observationId)
  const visit = (node: JSONContent) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const { at, text } = blockText(node, wanted)
      for (const offset of at) {
        const label = String(
          node.content?.find(
            (child) => child.type === 'indicatorFigure' && String(child.attrs?.observationId) === wanted,
          )?.attrs?.label ?? '',
        )
        quotes.push({ kind: 'liveFigure', phrase: label, quotedValue: null, sentence: sentenceAt(text, offset) })
      }
      return
    }
    node.content?.forEach(visit)
  }
  if (doc) {
    visit(doc)
  }
  return quotes
}

/**
 * The rounding a typed number implies: `$1.2 bn` is exact to 0.1 bn, `1,200 million` to one
 * million, `18.5%` to 0.1. Read from the last number of the phrase and the value it stands for.
 */
export const shownPrecision = (phrase: string, value: number): number => {
  const written = [...phrase.matchAll(/\d+(?:[.,]\d+)*(?: \d{3}(?![\d.,]))*/g)].at(-1)?.[0]
  const number = written ? textToNumber(written) : null
  if (!number) {
    return 0
  }
  let decimals = 0
  while (decimals < 6 && Math.abs(number * 10 ** decimals - Math.round(number * 10 ** decimals)) > 1e-9) {
    decimals += 1
  }
  return Math.abs(value / number) * 10 ** -decimals
}

/** Whether `value`, rounded as the text rounds its number, reads as the typed `quoted`. */
export const readsAs = ({ phrase, quoted, value }: { phrase: string; quoted: number; value: number }): boolean => {
  const step = shownPrecision(phrase, quoted)
  return Math.abs(value - quoted) <= step / 2 + Math.abs(quoted) * 1e-9
}

const samePeriod = (text: null | string, period: Period): boolean => {
  if (!text) {
    return true
  }
  const { label: _typed, ...typed } = textToPeriod(text)
  const { label: _stored, ...stored } = period
  return periodToKey(typed as Period) === periodToKey(stored as Period)
}

/**
 * Numbers typed in `doc` that the importer's figure detection (lib/import/article/suggest.ts) ties
 * to the changed figure — same unit, a sentence naming its country (or none, in an article about
 * it), the figure's period when the sentence gives one — and that read as the old value but not as
 * the new one.
 */
export const typedNumberQuotes = ({
  articleCountryIds,
  countries,
  doc,
  figure,
}: {
  articleCountryIds: (number | string)[]
  countries: CountryRecord[]
  doc: JSONContent | null | undefined
  figure: ChangedFigure
}): FigureQuote[] => {
  if (!doc) {
    return []
  }
  const country = String(figure.countryId)
  const isAboutCountry = articleCountryIds.map(String).includes(country)
  return findFigures(doc, countries)
    .filter((found) => {
      const named = found.countryIds.map(String)
      const isTied =
        found.unit === figure.unit &&
        (named.includes(country) || (named.length === 0 && isAboutCountry)) &&
        (figure.partnerId === null || named.length < 2 || named.includes(String(figure.partnerId))) &&
        samePeriod(found.period, figure.period)
      if (!isTied) {
        return false
      }
      const wasQuoted =
        readsAs({ phrase: found.phrase, quoted: found.value, value: figure.oldValue }) &&
        (found.valueMax === null ||
          (figure.oldValueMax !== null &&
            readsAs({ phrase: found.phrase, quoted: found.valueMax, value: figure.oldValueMax })))
      const stillReads =
        readsAs({ phrase: found.phrase, quoted: found.value, value: figure.newValue }) &&
        (found.valueMax === null ||
          (figure.newValueMax !== null &&
            readsAs({ phrase: found.phrase, quoted: found.valueMax, value: figure.newValueMax })))
      return wasQuoted && !stillReads
    })
    .map((found) => ({ kind: 'typedNumber', phrase: found.phrase, quotedValue: found.value, sentence: found.sentence }))
}
