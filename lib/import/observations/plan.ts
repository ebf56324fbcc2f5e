import type { CountryRecord } from '@/lib/import/countryNames'
import type { Period } from '@/lib/period'

import { createCountryMatcher } from '@/lib/import/countryNames'
import { observationSeriesKey } from '@/lib/observationKey'
import { periodBounds, periodToLabel } from '@/lib/period'
import { textToSlug } from '@/lib/slugify'

import type { ColumnMapping, ImportFieldKey } from './columns'
import type { Table } from './parseTable'

import { textToIsoDay, textToNumber, textToPeriod } from './parseValues'

type Id = number | string

export const QUALIFIER_VALUES = ['actual', 'estimate', 'approx', 'target', 'lower-bound', 'upper-bound'] as const
type Qualifier = (typeof QUALIFIER_VALUES)[number]
const QUALIFIER_WORDS: Record<string, Qualifier> = {
  actual: 'actual',
  approx: 'approx',
  approximate: 'approx',
  'at least': 'lower-bound',
  'at most': 'upper-bound',
  estimate: 'estimate',
  estimated: 'estimate',
  'lower bound': 'lower-bound',
  'lower bound (at least)': 'lower-bound',
  'lower-bound': 'lower-bound',
  target: 'target',
  'upper bound': 'upper-bound',
  'upper bound (at most)': 'upper-bound',
  'upper-bound': 'upper-bound',
}

export type IndicatorRecord = {
  id: Id
  kind: 'bilateral' | 'country'
  name: string
  otherUnits: string[]
  slug: string
  unit: string
}
export type ArticleRecord = { id: Id; slug: string; title: string }

export type ImportReference = { articles: ArticleRecord[]; countries: CountryRecord[]; indicators: IndicatorRecord[] }

/** The observation a row describes, in the shape the collection stores. */
export type ObservationData = {
  country: Id
  indicator: Id
  note: null | string
  partner: Id | null
  period: { end: null | string; kind: Period['kind']; label: null | string; start: null | string; year: null | number }
  qualifier: Qualifier
  qualifierNote: null | string
  source: {
    accessed: null | string
    article: Id | null
    footnote: null | string
    publisher: null | string
    url: null | string
  }
  subject: null | string
  unit: string
  value: number
  valueMax: null | number
}

export type ReadRow = { data: ObservationData; line: number; seriesKey: string; title: string }
export type RejectedRow = { cells: string[]; line: number; reasons: string[] }

/** Fields compared with an existing observation, and how they are shown. */
export const COMPARED_FIELDS = [
  { key: 'value', label: 'Value', read: (d: ObservationData) => d.value },
  { key: 'valueMax', label: 'Value max', read: (d: ObservationData) => d.valueMax },
  { key: 'unit', label: 'Unit', read: (d: ObservationData) => d.unit },
  { key: 'qualifier', label: 'Qualifier', read: (d: ObservationData) => d.qualifier },
  { key: 'qualifierNote', label: 'Qualifier note', read: (d: ObservationData) => d.qualifierNote },
  { key: 'periodLabel', label: 'Period label', read: (d: ObservationData) => d.period.label },
  { key: 'sourceUrl', label: 'Source URL', read: (d: ObservationData) => d.source.url },
  { key: 'article', label: 'Source article', read: (d: ObservationData) => d.source.article },
  { key: 'footnote', label: 'Footnote', read: (d: ObservationData) => d.source.footnote },
  { key: 'accessed', label: 'Access date', read: (d: ObservationData) => d.source.accessed },
  { key: 'publisher', label: 'Publisher', read: (d: ObservationData) => d.source.publisher },
  { key: 'note', label: 'Note', read: (d: ObservationData) => d.note },
] as const satisfies readonly { key: ImportFieldKey; label: string; read: (d: ObservationData) => unknown }[]

export type FieldChange = { field: string; from: string; to: string }
export type ExistingObservation = { data: ObservationData; id: Id }

export type ImportPlan = {
  create: ReadRow[]
  rejected: RejectedRow[]
  unchanged: (ReadRow & { id: Id })[]
  update: (ReadRow & { changes: FieldChange[]; id: Id })[]
}

const textOrNull = (text: string | undefined) => (text && text.trim() ? text.trim() : null)

const periodToData = (period: Period): ObservationData['period'] => {
  const bounds = periodBounds(period)
  return {
    end: bounds?.end ?? null,
    kind: period.kind,
    label: period.label ?? null,
    start: bounds?.start ?? null,
    year: period.kind === 'year' ? period.year : null,
  }
}

/** The `Period` of stored observation data (for keys and labels). */
export const dataToPeriod = (period: ObservationData['period']): Period => {
  if (period.kind === 'year') {
    return { kind: 'year', label: period.label, year: Number(period.year) }
  }
  if (period.kind === 'dates') {
    return {
      end: String(period.end).slice(0, 10),
      kind: 'dates',
      label: period.label,
      start: String(period.start).slice(0, 10),
    }
  }
  return { kind: 'undated', label: period.label }
}

/**
 * Reads every row against the reference data, applying the same rules the observation hook
 * enforces, so that a row accepted here is a row the database accepts. Rows are rejected with every
 * reason that applies; a second row for the same series is rejected as a duplicate of the first.
 */
export const readRows = ({
  mapping,
  reference,
  table,
}: {
  mapping: ColumnMapping
  reference: ImportReference
  table: Table
}) => {
  const matchCountry = createCountryMatcher(reference.countries)
  const indicatorsByKey = new Map<string, IndicatorRecord>()
  for (const indicator of reference.indicators) {
    indicatorsByKey.set(indicator.slug.toLowerCase(), indicator)
    indicatorsByKey.set(indicator.name.trim().toLowerCase(), indicator)
    indicatorsByKey.set(String(indicator.id), indicator)
  }
  const articlesByKey = new Map<string, ArticleRecord>()
  for (const article of reference.articles) {
    articlesByKey.set(article.slug.toLowerCase(), article)
    articlesByKey.set(String(article.id), article)
  }
  const firstLineOfSeries = new Map<string, number>()
  const accepted: ReadRow[] = []
  const rejected: RejectedRow[] = []

  for (const { cells, line } of table.rows) {
    const cell = (key: ImportFieldKey) => {
      const column = mapping[key]
      return column === undefined ? '' : (cells[column] ?? '').trim()
    }
    const reasons: string[] = []

    const indicatorText = cell('indicator')
    const indicator = indicatorsByKey.get(indicatorText.toLowerCase()) ?? indicatorsByKey.get(textToSlug(indicatorText))
    if (!indicatorText) {
      reasons.push('No indicator given.')
    } else if (!indicator) {
      reasons.push(`Unknown indicator “${indicatorText}”.`)
    }

    const countryText = cell('country')
    const country = countryText ? matchCountry(countryText) : null
    if (!countryText) {
      reasons.push('No country given.')
    } else if (!country) {
      reasons.push(`Unknown country “${countryText}” (use an ISO code or an English or Russian name).`)
    }

    const partnerText = cell('partner')
    const partner = partnerText ? matchCountry(partnerText) : null
    if (partnerText && !partner) {
      reasons.push(`Unknown partner country “${partnerText}”.`)
    }
    if (partner && indicator && indicator.kind !== 'bilateral') {
      reasons.push(`“${indicator.name}” is a country indicator and takes no partner (“${partnerText}”).`)
    }
    if (partner && country && String(partner.id) === String(country.id)) {
      reasons.push('The partner must be a different country.')
    }

    const valueText = cell('value')
    const value = textToNumber(valueText)
    if (value === null) {
      reasons.push(valueText ? `“${valueText}” is not a number.` : 'No value given.')
    }
    const valueMaxText = cell('valueMax')
    const valueMax = valueMaxText ? textToNumber(valueMaxText) : null
    if (valueMaxText && valueMax === null) {
      reasons.push(`Upper value “${valueMaxText}” is not a number.`)
    }
    if (valueMax !== null && value !== null && valueMax < value) {
      reasons.push('The upper end of the range is below the value.')
    }

    const unit = cell('unit') || indicator?.unit || ''
    if (indicator && ![indicator.unit, ...indicator.otherUnits].includes(unit)) {
      reasons.push(
        `“${indicator.name}” is measured in ${[indicator.unit, ...indicator.otherUnits].join(' or ')}, not ${unit}.`,
      )
    }

    let period: null | Period = null
    try {
      period = textToPeriod(cell('period'))
      const label = textOrNull(cell('periodLabel'))
      if (label) {
        period = { ...period, label }
      }
    } catch {
      reasons.push(`“${cell('period')}” is not a period (use 2025, 2025-12, 2025-01..2025-08, FY2025 or a date).`)
    }

    const qualifierText = cell('qualifier').toLowerCase()
    const qualifier: Qualifier | undefined = qualifierText ? QUALIFIER_WORDS[qualifierText] : 'actual'
    if (!qualifier) {
      reasons.push(`Unknown qualifier “${cell('qualifier')}” (use ${QUALIFIER_VALUES.join(', ')}).`)
    }

    const url = textOrNull(cell('sourceUrl'))
    if (url && !/^https?:\/\/\S+$/i.test(url)) {
      reasons.push(`Source “${url}” is not a full http(s) address.`)
    }
    const articleText = cell('article')
    const article = articleText ? articlesByKey.get(articleText.toLowerCase()) : undefined
    if (articleText && !article) {
      reasons.push(`Unknown source article “${articleText}”.`)
    }
    if (!url && !articleText) {
      reasons.push('No source: give a source URL or an article.')
    }
    const accessedText = cell('accessed')
    const accessed = accessedText ? textToIsoDay(accessedText) : null
    if (accessedText && !accessed) {
      reasons.push(`Access date “${accessedText}” is not a date (use 2025-10-15 or 15.10.2025).`)
    }

    if (reasons.length === 0 && indicator && country && period && qualifier && value !== null) {
      const subject = textOrNull(cell('subject'))
      const seriesKey = observationSeriesKey({
        country: country.id,
        indicator: indicator.id,
        partner: partner?.id,
        period,
        subject,
      })
      const firstLine = firstLineOfSeries.get(seriesKey)
      if (firstLine !== undefined) {
        reasons.push(`Duplicate of row ${firstLine}: same indicator, countries, period and subject.`)
      } else {
        firstLineOfSeries.set(seriesKey, line)
        accepted.push({
          data: {
            country: country.id,
            indicator: indicator.id,
            note: textOrNull(cell('note')),
            partner: partner?.id ?? null,
            period: periodToData(period),
            qualifier,
            qualifierNote: textOrNull(cell('qualifierNote')),
            source: {
              accessed,
              article: article?.id ?? null,
              footnote: textOrNull(cell('footnote')),
              publisher: textOrNull(cell('publisher')),
              url,
            },
            subject,
            unit,
            value,
            valueMax,
          },
          line,
          seriesKey,
          title: `${indicator.name}: ${country.name}${partner ? ` × ${partner.name}` : ''}${subject ? ` (${subject})` : ''}, ${periodToLabel(period)}`,
        })
        continue
      }
    }
    rejected.push({ cells, line, reasons })
  }
  return { accepted, rejected }
}

const shown = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : String(value))

const same = (a: unknown, b: unknown) => shown(a) === shown(b)

/**
 * Sorts read rows into new observations, changes to existing ones (with each changed field, old →
 * new) and rows that change nothing. Only mapped columns count: an unmapped column keeps the stored
 * value rather than clearing it.
 */
export const classifyRows = ({
  accepted,
  existing,
  mapping,
  rejected,
}: {
  accepted: ReadRow[]
  existing: Map<string, ExistingObservation>
  mapping: ColumnMapping
  rejected: RejectedRow[]
}): ImportPlan => {
  const plan: ImportPlan = { create: [], rejected, unchanged: [], update: [] }
  const compared = COMPARED_FIELDS.filter((field) => field.key === 'unit' || mapping[field.key] !== undefined)
  for (const row of accepted) {
    const current = existing.get(row.seriesKey)
    if (!current) {
      plan.create.push(row)
      continue
    }
    const changes = compared
      .filter((field) => !same(field.read(current.data), field.read(row.data)))
      .map((field) => ({ field: field.label, from: shown(field.read(current.data)), to: shown(field.read(row.data)) }))
    if (changes.length === 0) {
      plan.unchanged.push({ ...row, id: current.id })
    } else {
      plan.update.push({ ...row, changes, id: current.id })
    }
  }
  return plan
}

/** The data an update writes: the stored observation with the mapped columns of the row over it. */
export const mergeForUpdate = ({
  current,
  mapping,
  row,
}: {
  current: ObservationData
  mapping: ColumnMapping
  row: ObservationData
}): ObservationData => {
  const pick = <T>(key: ImportFieldKey, fromRow: T, fromCurrent: T): T =>
    mapping[key] !== undefined ? fromRow : fromCurrent
  return {
    ...current,
    note: pick('note', row.note, current.note),
    period: { ...current.period, label: pick('periodLabel', row.period.label, current.period.label) },
    qualifier: pick('qualifier', row.qualifier, current.qualifier),
    qualifierNote: pick('qualifierNote', row.qualifierNote, current.qualifierNote),
    source: {
      accessed: pick('accessed', row.source.accessed, current.source.accessed),
      article: pick('article', row.source.article, current.source.article),
      footnote: pick('footnote', row.source.footnote, current.source.footnote),
      publisher: pick('publisher', row.source.publisher, current.source.publisher),
      url: pick('sourceUrl', row.source.url, current.source.url),
    },
    unit: row.unit,
    value: row.value,
    valueMax: pick('valueMax', row.valueMax, current.valueMax),
  }
}
