import type { Payload, PayloadRequest, Where } from 'payload'

import { and, eq, inArray, or } from '@payloadcms/db-sqlite/drizzle'

import type { AnomalyThresholds, SeriesFigure } from './anomaly'

import { textToSlug } from '@/lib/slugify'
import { sqliteSelectAdapter } from '@/lib/sqliteSelect'

import { relationId } from './data'

type Id = number | string

/** A series: one indicator, country, partner and subject, every period. */
export const seriesIdentity = ({
  country,
  indicator,
  partner,
  subject,
}: {
  country: Id
  indicator: Id
  partner: Id | null | undefined
  subject: null | string | undefined
}): string => [indicator, country, partner ?? '-', textToSlug(subject ?? '') || '-'].join('|')

export type PublishedFigure = SeriesFigure & { id: Id; identity: string; periodKey: string }

const LOOKUP_CHUNK = 500

const timestampOf = (value: null | string | undefined): null | number => {
  const time = value ? Date.parse(value) : Number.NaN
  return Number.isNaN(time) ? null : time
}

type StoredRow = {
  country?: unknown
  id: Id
  indicator?: unknown
  partner?: unknown
  period?: { end?: null | string } | null
  seriesKey?: null | string
  subject?: null | string
  unit?: null | string
  value: number
}

const toPublishedFigure = (row: StoredRow): PublishedFigure => ({
  id: row.id,
  identity: seriesIdentity({
    country: relationId(row.country)!,
    indicator: relationId(row.indicator)!,
    partner: relationId(row.partner),
    subject: row.subject,
  }),
  // The series key minus its identity: the period part, to find a mirror's same period.
  periodKey: String(row.seriesKey ?? '').split('|')[3] ?? '',
  periodEnd: timestampOf(row.period?.end),
  unit: row.unit ?? '',
  value: row.value,
})

/**
 * The published figures of every series that involves the given indicators and countries, as
 * country or as partner (the mirror of A→B is B→A), read below access control: scores are computed
 * on the server from what readers see. One query per chunk of indicators.
 */
export const loadPublishedFigures = async ({
  countries,
  indicators,
  payload,
  req,
}: {
  countries: Id[]
  indicators: Id[]
  payload: Payload
  req?: PayloadRequest
}): Promise<Map<string, PublishedFigure[]>> => {
  const bySeries = new Map<string, PublishedFigure[]>()
  const add = (row: StoredRow) => {
    const figure = toPublishedFigure(row)
    const list = bySeries.get(figure.identity)
    if (list) {
      list.push(figure)
    } else {
      bySeries.set(figure.identity, [figure])
    }
  }
  const wantedCountries = [...new Set(countries.map(String))]
  const wantedIndicators = [...new Set(indicators.map(String))]
  if (!req && payload.db.name === 'sqlite') {
    for (const row of await selectPublishedRowsOnSqlite({ payload, wantedCountries, wantedIndicators })) {
      add(row)
    }
    return bySeries
  }
  for (let index = 0; index < wantedIndicators.length; index += LOOKUP_CHUNK) {
    const where: Where = {
      and: [
        { _status: { equals: 'published' } },
        { indicator: { in: wantedIndicators.slice(index, index + LOOKUP_CHUNK) } },
        ...(wantedCountries.length <= LOOKUP_CHUNK
          ? [{ or: [{ country: { in: wantedCountries } }, { partner: { in: wantedCountries } }] }]
          : []),
      ],
    }
    // The adapter's own read: no access rules or read hooks to run on tens of thousands of rows.
    const { docs } = await payload.db.find({
      collection: 'observations',
      limit: 0,
      pagination: false,
      req,
      select: {
        country: true,
        indicator: true,
        partner: true,
        period: { end: true },
        seriesKey: true,
        subject: true,
        unit: true,
        value: true,
      },
      where,
    })
    for (const doc of docs) {
      add(doc as unknown as StoredRow)
    }
  }
  return bySeries
}

/**
 * The same rows as the adapter's `find` above, read on SQLite in plain selects of the columns the
 * scores need: the adapter transforms each row field by field, ≈ 0.1 ms a row, which is most of a
 * 50,000-row import's dry run. Outside any transaction, so only for callers without a `req`.
 */
const selectPublishedRowsOnSqlite = async ({
  payload,
  wantedCountries,
  wantedIndicators,
}: {
  payload: Payload
  wantedCountries: string[]
  wantedIndicators: string[]
}): Promise<StoredRow[]> => {
  const adapter = sqliteSelectAdapter(payload)
  const table = adapter.tables.observations
  const countryIds = wantedCountries.map(Number)
  const rows: StoredRow[] = []
  for (let index = 0; index < wantedIndicators.length; index += LOOKUP_CHUNK) {
    const found = await adapter.drizzle
      .select({
        country: table.country,
        id: table.id,
        indicator: table.indicator,
        partner: table.partner,
        periodEnd: table.period_end,
        seriesKey: table.seriesKey,
        subject: table.subject,
        unit: table.unit,
        value: table.value,
      })
      .from(table)
      .where(
        and(
          eq(table._status, 'published'),
          inArray(table.indicator, wantedIndicators.slice(index, index + LOOKUP_CHUNK).map(Number)),
          countryIds.length <= LOOKUP_CHUNK
            ? or(inArray(table.country, countryIds), inArray(table.partner, countryIds))
            : undefined,
        ),
      )
    for (const row of found) {
      rows.push({ ...row, period: { end: row.periodEnd as null | string } } as unknown as StoredRow)
    }
  }
  return rows
}

/** The thresholds of an indicator as stored (any empty member falls back to the default). */
export const thresholdsOf = (indicator: null | { anomalyThresholds?: AnomalyThresholds | null } | undefined) =>
  indicator?.anomalyThresholds ?? {}

/**
 * What a figure is scored against: the other published figures of its series (its own published
 * version left out, so a correction is compared with its neighbours) and the partner's report of
 * the same period.
 */
export const seriesContextOf = ({
  country,
  id,
  indicator,
  partner,
  periodKey,
  published,
  subject,
}: {
  country: Id
  id?: Id | null
  indicator: Id
  partner: Id | null
  periodKey: string
  published: Map<string, PublishedFigure[]>
  subject: null | string | undefined
}): { mirror: null | SeriesFigure; series: SeriesFigure[] } => {
  const own = published.get(seriesIdentity({ country, indicator, partner, subject })) ?? []
  const series = own.filter((figure) => String(figure.id) !== String(id) && figure.periodKey !== periodKey)
  const mirror =
    partner === null
      ? null
      : ((published.get(seriesIdentity({ country: partner, indicator, partner: country, subject })) ?? []).find(
          (figure) => figure.periodKey === periodKey,
        ) ?? null)
  return { mirror, series }
}
