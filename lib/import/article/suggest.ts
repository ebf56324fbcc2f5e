import type { JSONContent } from '@tiptap/core'

import worldCountries from 'world-countries'

import type { CountryRecord } from '@/lib/import/countryNames'
import type { Qualifier } from '@/lib/observations/options'

import { textToNumber } from '@/lib/import/observations/parseValues'

import { MONTH_NAMES } from './months'

export type CountrySuggestion = {
  at: number
  count: number
  countryId: number | string
  firstMention: string
  name: string
}

export type FigureSuggestion = {
  countryIds: (number | string)[]
  footnote: null | string
  key: string
  period: null | string
  phrase: string
  qualifier: Exclude<Qualifier, 'estimate'>
  sentence: string
  unit: string
  value: number
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A country name as a whole word: not inside a longer word of any script. */
export const countryNamePattern = (name: string, flags: 'gu' | 'u'): RegExp =>
  new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, flags)

/** English names a text may use for each of our countries (our name, common and official names, variants). */
const namesOf = (record: CountryRecord): string[] => {
  const data = worldCountries.find((country) => country.cca3 === record.iso3)
  const names = [record.name, ...(data ? [data.name.common, data.name.official, ...data.altSpellings] : [])]
  return [...new Set(names.filter((name) => name.length > 3 && /^[\p{Script=Latin}\s'’.-]+$/u.test(name)))]
}

/**
 * Our countries named in a text, most mentioned first. Longer names are matched first and their
 * text masked, so "Republic of Kazakhstan" counts once, not also as "Kazakhstan".
 */
export const countCountryMentions = (text: string, countries: CountryRecord[]): CountrySuggestion[] => {
  const candidates = countries
    .flatMap((record) => namesOf(record).map((name) => ({ name, record })))
    .sort((a, b) => b.name.length - a.name.length)
  let masked = text
  const found = new Map<string, CountrySuggestion>()
  for (const { name, record } of candidates) {
    const pattern = countryNamePattern(name, 'gu')
    masked = masked.replace(pattern, (match, at: number) => {
      const key = String(record.id)
      const current = found.get(key) ?? { at, count: 0, countryId: record.id, firstMention: match, name: record.name }
      found.set(key, { ...current, at: Math.min(current.at, at), count: current.count + 1 })
      return '\u0000'.repeat(match.length)
    })
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
}

const SCALE: Record<string, number> = {
  billion: 1e9,
  bn: 1e9,
  k: 1e3,
  m: 1e6,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  thousand: 1e3,
  trillion: 1e12,
}

const COUNT_UNITS: Record<string, string> = {
  flights: 'flights/week',
  gw: 'GW',
  households: 'households',
  km: 'km',
  kilometers: 'km',
  kilometres: 'km',
  mw: 'MW',
  people: 'persons',
  persons: 'persons',
  students: 'persons',
  tonnes: 'tonnes',
  tons: 'tonnes',
  tourists: 'visits',
  visitors: 'visits',
  visits: 'visits',
}

const SCALE_WORD = String.raw`trillion|billion|million|thousand|bn|mln|mn`

/**
 * Runs of digits with `.` or `,` between them. A run is matched once from its first digit (the
 * global search resumes after it), so finding numbers is linear in the sentence's length.
 */
const DIGIT_RUN = /\d+(?:[.,]\d+)*/g
const SPACED_GROUP = /^ \d{3}(?![\d.,])/
const CURRENCY_BEFORE = /(?:US\$|\$|€|USD|EUR)\s?$/i

/** A number as written: `1,234.5`, `12,5`, `3 000 000` (groups of three after a space). */
type WrittenNumber = { end: number; start: number; text: string }

const numbersIn = (sentence: string): WrittenNumber[] => {
  const numbers: WrittenNumber[] = []
  for (const run of sentence.matchAll(DIGIT_RUN)) {
    let end = run.index + run[0].length
    const previous = numbers.at(-1)
    if (previous && run.index < previous.end) {
      continue
    }
    if (/^\d{1,3}(?:,\d{3})*$/.test(run[0])) {
      for (let group = SPACED_GROUP.exec(sentence.slice(end, end + 5)); group;) {
        end += group[0].length
        group = SPACED_GROUP.exec(sentence.slice(end, end + 5))
      }
    }
    numbers.push({ end, start: run.index, text: sentence.slice(run.index, end) })
  }
  return numbers
}

/**
 * The figure patterns, tried in this order on each number: money with the currency first, money
 * with the currency after, percentages, counts with a unit. Each reads a short window after the
 * number (`after`, anchored) and says where the figure starts and what it is.
 */
const FIGURE_PATTERNS: {
  after: RegExp
  read: (
    match: RegExpExecArray,
    number: WrittenNumber,
    before: null | RegExpExecArray,
  ) => null | { unit: string; value: null | number }
  usesCurrencyBefore?: boolean
}[] = [
  {
    after: new RegExp(String.raw`^(?:\s*(${SCALE_WORD}|m|k))?(?!\w)`, 'i'),
    read: (match, number, before) =>
      before ? { unit: /€|EUR/i.test(before[0]) ? 'EUR' : 'USD', value: scaled(number.text, match[1]) } : null,
    usesCurrencyBefore: true,
  },
  {
    after: new RegExp(String.raw`^(?:\s*(${SCALE_WORD}))?\s*(US dollars|dollars|USD|EUR|euros?)\b`, 'i'),
    read: (match, number) => ({ unit: /eur/i.test(match[2]) ? 'EUR' : 'USD', value: scaled(number.text, match[1]) }),
  },
  {
    after: /^\s?(?:%|percent\b|per cent\b)/i,
    read: (_, number) => ({ unit: 'percent', value: textToNumber(number.text) }),
  },
  {
    after: new RegExp(String.raw`^(?:\s*(million|thousand))?\s*(${Object.keys(COUNT_UNITS).join('|')})\b`, 'i'),
    read: (match, number) => ({ unit: COUNT_UNITS[match[2].toLowerCase()], value: scaled(number.text, match[1]) }),
  },
]

/** Longest text a unit after a number takes: spaces, a scale word, a unit (`1.5 billion US dollars`). */
const AFTER_WINDOW = 40

function scaled(number: string, scale: string | undefined): null | number {
  const value = textToNumber(number)
  if (value === null) {
    return null
  }
  const factor = scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1
  return Math.round(value * factor * 1e6) / 1e6
}

const COUNT_WORDS: Record<string, number> = {
  eight: 8,
  eleven: 11,
  five: 5,
  four: 4,
  nine: 9,
  seven: 7,
  six: 6,
  ten: 10,
  three: 3,
  two: 2,
}

const MONTH_RANGE = new RegExp(`(${MONTH_NAMES.join('|')})\\s*[–—-]\\s*(${MONTH_NAMES.join('|')})\\s+(\\d{4})`, 'i')

/** The period a sentence gives for its figure: "first eight months of 2025", "January–August 2025", "in 2024". */
export const sentenceToPeriod = (sentence: string): null | string => {
  const firstMonths = /first (\w+) months of (\d{4})/i.exec(sentence)
  if (firstMonths) {
    const months = COUNT_WORDS[firstMonths[1].toLowerCase()] ?? Number(firstMonths[1])
    if (months >= 1 && months <= 12) {
      return `${firstMonths[2]}-01..${firstMonths[2]}-${String(months).padStart(2, '0')}`
    }
  }
  const monthRange = MONTH_RANGE.exec(sentence)
  if (monthRange) {
    const from = MONTH_NAMES.indexOf(monthRange[1].toLowerCase()) + 1
    const to = MONTH_NAMES.indexOf(monthRange[2].toLowerCase()) + 1
    return `${monthRange[3]}-${String(from).padStart(2, '0')}..${monthRange[3]}-${String(to).padStart(2, '0')}`
  }
  const years = [...sentence.matchAll(/\b(19[5-9]\d|20\d{2})\b/g)].map((match) => match[1])
  return years.at(-1) ?? null
}

const qualifierOf = (
  sentence: string,
  phraseStart: number,
  isTargetSentence: () => boolean,
): FigureSuggestion['qualifier'] => {
  const before = sentence
    .slice(Math.max(0, phraseStart - 30), phraseStart)
    .toLowerCase()
    .trimEnd()
  if (/(?:more than|over|exceed(?:s|ed|ing)?|at least|above)$/.test(before)) {
    return 'lower-bound'
  }
  if (/(?:up to|less than|under|below|at most)$/.test(before)) {
    return 'upper-bound'
  }
  if (/(?:about|around|approximately|nearly|some|roughly|almost|~)$/.test(before)) {
    return 'approx'
  }
  if (isTargetSentence()) {
    return 'target'
  }
  return 'actual'
}

type Paragraph = { footnotes: { at: number; id: string }[]; text: string }

const paragraphsOf = (doc: JSONContent): Paragraph[] => {
  const paragraphs: Paragraph[] = []
  const visit = (node: JSONContent) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      let text = ''
      const footnotes: Paragraph['footnotes'] = []
      for (const child of node.content ?? []) {
        if (child.type === 'text') {
          text += child.text ?? ''
        } else if (child.type === 'footnote') {
          footnotes.push({ at: text.length, id: String(child.attrs?.id) })
        } else if (child.type === 'countryMention') {
          text += String(child.attrs?.label ?? '')
        }
      }
      paragraphs.push({ footnotes, text })
      return
    }
    node.content?.forEach(visit)
  }
  visit(doc)
  return paragraphs
}

/** More figures than an analyst could tick one by one: the suggestions stop there. */
export const MAX_FIGURE_SUGGESTIONS = 500

/**
 * Numeric figures in an article's body — money, percentages, counts with units — each with the
 * period its sentence gives, a qualifier from its wording, the countries its sentence names and
 * the first footnote at or after it in the same paragraph (the source an observation would cite).
 * The first `MAX_FIGURE_SUGGESTIONS` are returned.
 */
export const findFigures = (doc: JSONContent, countries: CountryRecord[]): FigureSuggestion[] => {
  const figures: FigureSuggestion[] = []
  for (const [paragraphIndex, paragraph] of paragraphsOf(doc).entries()) {
    for (const sentenceMatch of paragraph.text.matchAll(/(?:[^.!?]|[.!?](?=\d))+(?:[.!?]+|$)/g)) {
      if (figures.length >= MAX_FIGURE_SUGGESTIONS) {
        return figures
      }
      const sentence = sentenceMatch[0]
      const sentenceStart = sentenceMatch.index
      const numbers = numbersIn(sentence)
      // Read once per sentence, not once per figure: a sentence can hold thousands of numbers.
      let sentenceFacts: null | { countryIds: (number | string)[]; isTarget: boolean; period: null | string } = null
      const factsOfSentence = () =>
        (sentenceFacts ??= {
          countryIds: countCountryMentions(sentence, countries)
            .sort((a, b) => a.at - b.at)
            .map((mention) => mention.countryId),
          isTarget: /\b(?:target|aim\w*|plan\w*|expected|will|by 20\d\d)\b/i.test(sentence),
          period: sentenceToPeriod(sentence),
        })
      // A figure covers one number and the words around it, so it can overlap only its neighbours'.
      const taken = new Map<number, [number, number]>()
      for (const { after, read, usesCurrencyBefore } of FIGURE_PATTERNS) {
        for (const [index, number] of numbers.entries()) {
          const match = after.exec(sentence.slice(number.end, number.end + AFTER_WINDOW))
          const before = usesCurrencyBefore
            ? CURRENCY_BEFORE.exec(sentence.slice(Math.max(0, number.start - 5), number.start))
            : null
          const figure = match ? read(match, number, before) : null
          if (!match || !figure) {
            continue
          }
          const start = before ? number.start - before[0].length : number.start
          const end = number.end + match[0].length
          const overlaps = [index - 1, index, index + 1].some((neighbour) => {
            const span = taken.get(neighbour)
            return span !== undefined && start < span[1] && end > span[0]
          })
          if (overlaps) {
            continue
          }
          const phrase = sentence.slice(start, end)
          const { unit, value } = figure
          const isYear =
            unit !== 'percent' &&
            !/[$€]|USD|EUR/i.test(phrase) &&
            value !== null &&
            value >= 1900 &&
            value <= 2100 &&
            Number.isInteger(value)
          if (value === null || isYear) {
            continue
          }
          if (figures.length >= MAX_FIGURE_SUGGESTIONS) {
            return figures
          }
          taken.set(index, [start, end])
          const footnote = paragraph.footnotes.find((note) => note.at >= sentenceStart + start)?.id ?? null
          figures.push({
            countryIds: factsOfSentence().countryIds,
            footnote,
            key: `${paragraphIndex}-${sentenceStart + start}`,
            period: factsOfSentence().period,
            phrase: phrase.trim(),
            qualifier: qualifierOf(sentence, start, () => factsOfSentence().isTarget),
            sentence: sentence.trim(),
            unit,
            value,
          })
        }
      }
    }
  }
  return figures
}

/** The patterns this module builds at run time, for the linear-time check of every parser pattern. */
export const BUILT_PATTERNS: RegExp[] = [
  ...FIGURE_PATTERNS.map(({ after }) => after),
  MONTH_RANGE,
  countryNamePattern('Kyrgyz Republic', 'gu'),
]
