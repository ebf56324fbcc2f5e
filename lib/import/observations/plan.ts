import type { CountryRecord } from '@/lib/import/countryNames'
import type { AnomalyResult, AnomalyThresholds } from '@/lib/observations/anomaly'
import type { PublishedFigure } from '@/lib/observations/anomalySeries'
import type { IndicatorKind } from '@/lib/indicators/options'
import type { ObservationData } from '@/lib/observations/data'
import type { Qualifier } from '@/lib/observations/options'
import type { ObservationProblem } from '@/lib/observations/rules'
import type { Period } from '@/lib/period'

import { createCountryMatcher } from '@/lib/import/countryNames'
import { scoreFigure } from '@/lib/observations/anomaly'
import { seriesContextOf } from '@/lib/observations/anomalySeries'
import { QUALIFIER_VALUES } from '@/lib/observations/options'
import {
  checkPeriod,
  deriveObservationFields,
  observationProblems,
  observationUnit,
  textLengthProblems,
} from '@/lib/observations/rules'
import { periodToStoredPeriod } from '@/lib/period'
import { textToSlug } from '@/lib/slugify'
import { isHttpUrl } from '@/lib/text/httpUrl'

import type { ColumnMapping, ImportFieldKey } from './columns'
import type { Table } from './parseTable'

import { textToIsoDay, textToNumber, textToPeriod } from './parseValues'

type Id = number | string

/** Words a spreadsheet may use for each qualifier, besides the value itself and its label. */
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
  anomalyThresholds?: AnomalyThresholds | null
  id: Id
  kind: IndicatorKind
  name: string
  otherUnits: string[]
  slug: string
  unit: string
}
export type ArticleRecord = { id: Id; slug: string; title: string }

export type ImportReference = { articles: ArticleRecord[]; countries: CountryRecord[]; indicators: IndicatorRecord[] }

/**
 * A row the dry run accepted: the observation it describes (`data`) and what the collection derives
 * from it (the same `deriveObservationFields` the hook uses), so the bulk writer can store it as is.
 */
export type ReadRow = {
  /** Set by `scorePlan`: what the row's figure is flagged for against the published series. */
  anomaly?: AnomalyResult
  data: ObservationData
  line: number
  periodText: string
  seriesKey: string
  title: string
}
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
    if (url && !isHttpUrl(url)) {
      reasons.push(`Source “${url}” is not a full http(s) address.`)
    }
    const articleText = cell('article')
    const article = articleText ? articlesByKey.get(articleText.toLowerCase()) : undefined
    if (articleText && !article) {
      reasons.push(`Unknown source article “${articleText}”.`)
    }
    const accessedText = cell('accessed')
    const accessed = accessedText ? textToIsoDay(accessedText) : null
    if (accessedText && !accessed) {
      reasons.push(`Access date “${accessedText}” is not a date (use 2025-10-15 or 15.10.2025).`)
    }

    const texts = {
      footnote: textOrNull(cell('footnote')),
      note: textOrNull(cell('note')),
      periodLabel: period?.label ?? null,
      publisher: textOrNull(cell('publisher')),
      qualifierNote: textOrNull(cell('qualifierNote')),
      subject: textOrNull(cell('subject')),
      unit: cell('unit'),
    }
    const problems: ObservationProblem[] = [
      ...observationProblems({
        country: country?.id ?? null,
        indicator: indicator ?? null,
        partner: partner?.id ?? null,
        // An article that was named but not found is reported above, not as a missing source.
        source: { article: article?.id ?? (articleText || null), url },
        unit: texts.unit,
        value,
        valueMax,
      }),
      ...(period ? [checkPeriod(periodToStoredPeriod(period)).problem].filter((problem) => problem !== null) : []),
      ...textLengthProblems(texts),
    ]
    for (const problem of problems) {
      // A spreadsheet row names the partner it refuses, where a form points at the field.
      reasons.push(
        problem.rule === 'partnerOnCountryIndicator'
          ? `“${indicator!.name}” is a country indicator and takes no partner (“${partnerText}”).`
          : problem.message,
      )
    }

    if (reasons.length === 0 && indicator && country && period && qualifier && value !== null) {
      const derived = deriveObservationFields({ country, indicator, partner, period, subject: texts.subject })
      const firstLine = firstLineOfSeries.get(derived.seriesKey)
      if (firstLine !== undefined) {
        reasons.push(`Duplicate of row ${firstLine}: same indicator, countries, period and subject.`)
      } else {
        firstLineOfSeries.set(derived.seriesKey, line)
        accepted.push({
          data: {
            country: country.id,
            indicator: indicator.id,
            note: texts.note,
            partner: partner?.id ?? null,
            period: periodToStoredPeriod(period),
            qualifier,
            qualifierNote: texts.qualifierNote,
            source: {
              accessed,
              article: article?.id ?? null,
              footnote: texts.footnote,
              publisher: texts.publisher,
              url,
            },
            subject: texts.subject,
            unit: observationUnit(texts.unit, indicator),
            value,
            valueMax,
          },
          line,
          periodText: derived.periodText,
          seriesKey: derived.seriesKey,
          title: derived.title,
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

/**
 * Scores every new or changed row against the published figures of its series and the partner's
 * report (lib/observations/anomaly.ts, as the collection hook does on save), so the dry run shows
 * the flags and the bulk writer stores them. Rows are scored against what readers see, not against
 * each other: a sheet with a slipped scale flags the slip, not its neighbours.
 */
export const scorePlan = ({
  plan,
  published,
  thresholds,
}: {
  plan: ImportPlan
  published: Map<string, PublishedFigure[]>
  thresholds: Map<string, AnomalyThresholds>
}): ImportPlan => {
  const score = (row: ReadRow, id: Id | null) => {
    const { data } = row
    const { mirror, series } = seriesContextOf({
      country: data.country,
      id,
      indicator: data.indicator,
      partner: data.partner,
      periodKey: row.seriesKey.split('|')[3] ?? '',
      published,
      subject: data.subject,
    })
    const periodEnd = data.period.end ? Date.parse(data.period.end) : Number.NaN
    row.anomaly = scoreFigure({
      figure: { periodEnd: Number.isNaN(periodEnd) ? null : periodEnd, unit: data.unit, value: data.value },
      mirror,
      series,
      thresholds: thresholds.get(String(data.indicator)) ?? {},
    })
  }
  plan.create.forEach((row) => score(row, null))
  plan.update.forEach((row) => score(row, row.id))
  return plan
}
