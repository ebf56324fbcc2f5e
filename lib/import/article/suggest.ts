import type { JSONContent } from '@tiptap/core'

import worldCountries from 'world-countries'

import type { CountryRecord } from '@/lib/import/countryNames'
import type { Qualifier } from '@/lib/observations/options'

import { CAPITAL_METONYMS, countryNamesOf } from '@/lib/countries/aliases'
import { textToNumber } from '@/lib/import/observations/parseValues'

import { MONTH_NAMES } from './months'

export type CountrySuggestion = {
  at: number
  /** `low` when the text names the country only by its capital ("Moscow argues …"). */
  confidence: 'high' | 'low'
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
  /** The upper end of a range (`15–20 percent`), else null. */
  valueMax: null | number
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A country name as a whole word: not inside a longer word of any script. */
export const countryNamePattern = (name: string, flags: 'gu' | 'u'): RegExp =>
  new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, flags)

/**
 * English names a text may use for each of our countries: our name, common and official names and
 * variants, the ISO list and our aliases (`lib/countries/aliases.ts`). Short names are kept only
 * as capitals written as such ("EU", "UAE", "U.S.").
 */
const namesOf = (record: CountryRecord): string[] => {
  const data = worldCountries.find((country) => country.cca3 === record.iso3)
  const names = [
    record.name,
    ...(data ? [data.name.common, data.name.official, ...data.altSpellings] : []),
    ...(record.iso2 ? countryNamesOf(record.iso2) : []),
  ]
  return [
    ...new Set(
      names.filter(
        (name) =>
          /^[\p{Script=Latin}\s'’.-]+$/u.test(name) &&
          (name.length > 3 || (name.length >= 2 && name === name.toUpperCase())),
      ),
    ),
  ]
}

/**
 * Our countries named in a text, most mentioned first. Longer names are matched first and their
 * text masked, so "Republic of Kazakhstan" counts once, not also as "Kazakhstan".
 */
export const countCountryMentions = (text: string, countries: CountryRecord[]): CountrySuggestion[] => {
  const candidates = countries
    .flatMap((record) => [
      ...namesOf(record).map((name) => ({ isMetonym: false, name, record })),
      ...(record.iso2 ? (CAPITAL_METONYMS[record.iso2] ?? []) : []).map((name) => ({ isMetonym: true, name, record })),
    ])
    .sort((a, b) => b.name.length - a.name.length)
  // "US dollars" names a currency, not the country.
  let masked = text.replace(/\bU\.?S\.?(?: ?\$| dollars?\b)/g, (match) => '\u0000'.repeat(match.length))
  const found = new Map<string, CountrySuggestion>()
  for (const { isMetonym, name, record } of candidates) {
    const pattern = countryNamePattern(name, 'gu')
    masked = masked.replace(pattern, (match, at: number) => {
      const key = String(record.id)
      const current = found.get(key) ?? {
        at,
        confidence: 'low',
        count: 0,
        countryId: record.id,
        firstMention: match,
        name: record.name,
      }
      const isEarlierName = !isMetonym && (current.confidence === 'low' || at < current.at)
      found.set(key, {
        ...current,
        at: Math.min(current.at, at),
        confidence: isMetonym ? current.confidence : 'high',
        count: current.count + 1,
        firstMention: isEarlierName ? match : current.firstMention,
      })
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

/** Nouns after a count whose unit is not the noun itself; any other plural noun is its own unit. */
const COUNT_UNITS: Record<string, string> = {
  gigawatts: 'GW',
  gw: 'GW',
  kilometers: 'km',
  kilometres: 'km',
  km: 'km',
  megawatts: 'MW',
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

/** Plural nouns after a number that are not what is counted: time spans, ratios, dates. */
const NOT_COUNTED = new Set([
  'days',
  'decades',
  'hours',
  'minutes',
  'months',
  'percent',
  'points',
  'seconds',
  'times',
  'weeks',
  'years',
])

/** One word allowed between a count and its noun (`45 weekly flights`, `12,000 hotel rooms`). */
const COUNT_MODIFIER = String.raw`weekly|daily|monthly|annual|yearly|new|direct|hotel|foreign|cargo|passenger|local|additional|more`

const countUnit = (noun: string, modifier: string | undefined): null | string => {
  const word = noun.toLowerCase()
  if (word === 'flights') {
    return modifier === 'weekly' || !modifier ? 'flights/week' : null
  }
  if (COUNT_UNITS[word]) {
    return COUNT_UNITS[word]
  }
  return word.endsWith('s') && !NOT_COUNTED.has(word) && word.length > 3 ? word : null
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
    after: new RegExp(String.raw`^(?:\s*(${SCALE_WORD}))?\s+cubic met(?:re|er)s\b`, 'i'),
    read: (match, number) => ({ unit: 'm3', value: scaled(number.text, match[1]) }),
  },
  {
    after: new RegExp(
      String.raw`^(?:\s*(million|thousand|billion))?(?:\s+(${COUNT_MODIFIER}))?\s+([A-Za-z]{2,20})(?![\w-])`,
    ),
    read: (match, number) => {
      const unit = countUnit(match[3], match[2])
      return unit ? { unit, value: scaled(number.text, match[1]) } : null
    },
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

/** Where the clause around a figure starts and ends: a comma, semicolon or a contrasting word. */
const CLAUSE_BREAK = /[,;]|\b(?:while|whereas|against|but|of which|compared with)\b/g

const clauseAround = (sentence: string, start: number, end: number): string => {
  let from = 0
  let to = sentence.length
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    if (match.index + match[0].length <= start) {
      from = match.index + match[0].length
    } else if (match.index >= end) {
      to = match.index
      break
    }
  }
  return sentence.slice(from, to)
}

const TARGET_WORDS = /\b(?:target\w*|aim\w*|plan\w*|wants?|expect\w*|will|goal|by 20\d\d)\b/i

/**
 * The qualifier of a figure from the words before it, else `target` when its own clause speaks of
 * a plan ("plans to reach 10 million tonnes by 2030, against 6 million tonnes handled": only the
 * first is a target).
 */
const qualifierOf = (sentence: string, phraseStart: number, phraseEnd: number): FigureSuggestion['qualifier'] => {
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
  if (TARGET_WORDS.test(clauseAround(sentence, phraseStart, phraseEnd))) {
    return 'target'
  }
  return 'actual'
}

const MULTIPLIER_WORDS: Record<string, number> = { ...COUNT_WORDS, hundred: 100, twenty: 20 }

/** `fivefold`, `3-fold`, `ten-fold` as a figure in times. */
const MULTIPLIER = /\b(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d{1,3})-?fold\b/gi

/** What joins the two ends of a range: `15–20`, `15 to 20`, `between 3.5 and 4.2`. */
const RANGE_JOIN = /^\s*(?:[–—-]|to|and)\s*$/

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
  const seen = new Set<string>()
  for (const [paragraphIndex, paragraph] of paragraphsOf(doc).entries()) {
    for (const sentenceMatch of paragraph.text.matchAll(/(?:[^.!?]|[.!?](?=\d))+(?:[.!?]+|$)/g)) {
      if (figures.length >= MAX_FIGURE_SUGGESTIONS) {
        return figures
      }
      const sentence = sentenceMatch[0]
      const sentenceStart = sentenceMatch.index
      const numbers = numbersIn(sentence)
      // Read once per sentence, not once per figure: a sentence can hold thousands of numbers.
      let sentenceFacts: null | { countryIds: (number | string)[]; period: null | string } = null
      const factsOfSentence = () =>
        (sentenceFacts ??= {
          countryIds: countCountryMentions(sentence, countries)
            .sort((a, b) => a.at - b.at)
            .map((mention) => mention.countryId),
          period: sentenceToPeriod(sentence),
        })
      const propose = (start: number, end: number, unit: string, value: number, valueMax: null | number) => {
        const key = `${value}|${valueMax ?? ''}|${unit}|${factsOfSentence().period ?? ''}`
        if (seen.has(key)) {
          return
        }
        seen.add(key)
        figures.push({
          countryIds: factsOfSentence().countryIds,
          footnote: paragraph.footnotes.find((note) => note.at >= sentenceStart + start)?.id ?? null,
          key: `${paragraphIndex}-${sentenceStart + start}`,
          period: factsOfSentence().period,
          phrase: sentence.slice(start, end).trim(),
          qualifier: qualifierOf(sentence, start, end),
          sentence: sentence.trim(),
          unit,
          value,
          valueMax,
        })
      }
      // A figure covers one number and the words around it, so it can overlap only its neighbours'.
      const taken = new Map<number, [number, number]>()
      const overlapsTaken = (index: number, start: number, end: number) =>
        [index - 2, index - 1, index, index + 1].some((neighbour) => {
          const span = taken.get(neighbour)
          return span !== undefined && start < span[1] && end > span[0]
        })
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
          let start = before ? number.start - before[0].length : number.start
          const end = number.end + match[0].length
          const { unit, value } = figure
          const isYear =
            unit !== 'percent' &&
            !/[$€]|USD|EUR/i.test(sentence.slice(start, end)) &&
            value !== null &&
            value >= 1900 &&
            value <= 2100 &&
            Number.isInteger(value)
          if (value === null || isYear || overlapsTaken(index, start, end)) {
            continue
          }
          // The lower end of a range shares the upper end's unit and scale: `15–20 percent`.
          const lower = numbers[index - 1]
          const join = lower ? sentence.slice(lower.end, number.start) : ''
          const lowerValue = lower ? textToNumber(lower.text) : null
          const upperValue = textToNumber(number.text)
          const isRange =
            lower !== undefined &&
            !taken.has(index - 1) &&
            RANGE_JOIN.test(join) &&
            (!/and/.test(join) || /between\s*$/i.test(sentence.slice(Math.max(0, lower.start - 10), lower.start))) &&
            lowerValue !== null &&
            upperValue !== null &&
            upperValue > 0 &&
            lowerValue < upperValue
          if (figures.length >= MAX_FIGURE_SUGGESTIONS) {
            return figures
          }
          taken.set(index, [start, end])
          if (isRange) {
            taken.set(index - 1, [lower.start, lower.end])
            start = lower.start
            propose(start, end, unit, Math.round(value * (lowerValue / upperValue) * 1e6) / 1e6, value)
          } else {
            propose(start, end, unit, value, null)
          }
        }
      }
      for (const multiplier of sentence.matchAll(MULTIPLIER)) {
        const word = multiplier[1].toLowerCase()
        const value = MULTIPLIER_WORDS[word] ?? Number(word)
        if (figures.length >= MAX_FIGURE_SUGGESTIONS) {
          return figures
        }
        if (value > 1) {
          propose(multiplier.index, multiplier.index + multiplier[0].length, 'times', value, null)
        }
      }
    }
  }
  return figures
}

export type EventSuggestion = {
  countryIds: (number | string)[]
  /** ISO day. */
  date: string
  key: string
  sentence: string
  title: string
}

const MONTHS = MONTH_NAMES.join('|')
/** `on 14 October 2025`, `on October 14, 2025`. */
const EVENT_DATE = new RegExp(
  String.raw`\bon (?:(\d{1,2}) (${MONTHS}) (\d{4})|(${MONTHS}) (\d{1,2}),? (\d{4}))\b`,
  'gi',
)

/** More dated events than an analyst could accept one by one: the suggestions stop there. */
export const MAX_EVENT_SUGGESTIONS = 50

/**
 * Dated events the text reports (`on 14 October 2025`), each with the countries its sentence names
 * or, when it names none, the article's most-mentioned country (`fallbackCountryIds`).
 */
export const findEvents = (
  doc: JSONContent,
  countries: CountryRecord[],
  fallbackCountryIds: (number | string)[],
): EventSuggestion[] => {
  const events: EventSuggestion[] = []
  for (const [paragraphIndex, paragraph] of paragraphsOf(doc).entries()) {
    for (const sentenceMatch of paragraph.text.matchAll(/(?:[^.!?]|[.!?](?=\d))+(?:[.!?]+|$)/g)) {
      for (const date of sentenceMatch[0].matchAll(EVENT_DATE)) {
        if (events.length >= MAX_EVENT_SUGGESTIONS) {
          return events
        }
        const [day, month, year] = date[1] ? [date[1], date[2], date[3]] : [date[5], date[4], date[6]]
        const monthNumber = MONTH_NAMES.indexOf(month.toLowerCase()) + 1
        const iso = `${year}-${String(monthNumber).padStart(2, '0')}-${day.padStart(2, '0')}`
        if (Number.isNaN(Date.parse(iso)) || Number(day) > 31) {
          continue
        }
        const sentence = sentenceMatch[0].trim()
        const named = countCountryMentions(sentence, countries)
          .sort((a, b) => a.at - b.at)
          .map((mention) => mention.countryId)
        events.push({
          countryIds: named.length > 0 ? named : fallbackCountryIds,
          date: iso,
          key: `${paragraphIndex}-${sentenceMatch.index + date.index}`,
          sentence,
          title: sentence.length > 200 ? `${sentence.slice(0, 199)}…` : sentence,
        })
      }
    }
  }
  return events
}

/** The patterns this module builds at run time, for the linear-time check of every parser pattern. */
export const BUILT_PATTERNS: RegExp[] = [
  ...FIGURE_PATTERNS.map(({ after }) => after),
  MONTH_RANGE,
  EVENT_DATE,
  countryNamePattern('Kyrgyz Republic', 'gu'),
]
