import type { Payload } from 'payload'

import { cache } from 'react'

import type { Country, FigureRevision, Indicator } from '@/payload-types'
import type { SeriesPoint } from '@/lib/series/points'
import type { ComparisonScope, ObservationRow } from '@/lib/queries/comparisonRead'
import type { FigureSnapshot } from '@/lib/figureRevisions/revisionRow'
import type { RevisionApproverDisplay } from '@/lib/figureRevisions/approver'

import { approverToText } from '@/lib/figureRevisions/approver'
import { getPayloadClient } from '@/lib/payload'
import { FIGURE_POPULATE, observationToFigure } from '@/lib/queries/figures'
import { asReader } from '@/lib/queries/reader'

/** One entry of a figure's public revision log, as readers see it. */
export type RevisionEntry = {
  approvedBy: string
  kind: FigureRevision['kind']
  periodLabel: string
  previousValue: null | number
  previousValueMax: null | number
  publishedAt: string
  reason: null | string
  unit: null | string
  value: null | number
  valueMax: null | number
}

/** How the revision log names approvers (the `site-settings` global), role unless editors chose names. */
export const getRevisionApproverDisplay = cache(async (): Promise<RevisionApproverDisplay> => {
  const payload = await getPayloadClient()
  const settings = await payload.findGlobal({ depth: 0, overrideAccess: true, slug: 'site-settings' })
  return settings?.revisionApprover === 'name' ? 'name' : 'role'
})

export const revisionToEntry = (row: FigureRevision, display: RevisionApproverDisplay): RevisionEntry => ({
  approvedBy: approverToText(row, display),
  kind: row.kind,
  periodLabel: row.periodLabel ?? '',
  previousValue: row.previousValue ?? null,
  previousValueMax: row.previousValueMax ?? null,
  publishedAt: row.publishedAt,
  reason: row.reason ?? null,
  unit: row.unit ?? null,
  value: row.value ?? null,
  valueMax: row.valueMax ?? null,
})

/**
 * The revision logs of figures a reader already sees (their ids come from a reader's read), oldest
 * entry first. The store is read with access overridden — it has no public API — so callers must
 * pass only ids of published, visible figures.
 */
export const readRevisionLogs = async (
  payload: Payload,
  visibleObservationIds: string[],
): Promise<Map<string, RevisionEntry[]>> => {
  const logs = new Map<string, RevisionEntry[]>()
  if (!visibleObservationIds.length) {
    return logs
  }
  const display = await getRevisionApproverDisplay()
  const { docs } = await payload.find({
    collection: 'figure-revisions',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    sort: 'publishedAt',
    where: { observationId: { in: visibleObservationIds } },
  })
  for (const row of docs) {
    logs.set(row.observationId, [...(logs.get(row.observationId) ?? []), revisionToEntry(row, display)])
  }
  return logs
}

const snapshotToRow = (figure: FigureSnapshot): ObservationRow => ({
  country: figure.country,
  id: figure.id as number,
  indicator: figure.indicator,
  partner: figure.partner,
  period: figure.period as ObservationRow['period'],
  qualifier: figure.qualifier as ObservationRow['qualifier'],
  qualifierNote: figure.qualifierNote,
  source: figure.source,
  subject: figure.subject,
  unit: figure.unit ?? '',
  value: figure.value,
  valueMax: figure.valueMax,
})

/**
 * The figures of a scope as they were published at `end` (an ISO instant): for each observation
 * the last row of its log up to then, left out when that row withdrew it. Rows are appended with
 * the time of writing, so the answer for a past instant never changes.
 */
export const readComparisonRowsAsOf = async (
  payload: Payload,
  scope: ComparisonScope,
  end: string,
): Promise<ObservationRow[]> => {
  const { docs } = await payload.find({
    collection: 'figure-revisions',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    sort: 'publishedAt',
    where: {
      and: [
        { indicatorId: { in: scope.indicators.map((indicator) => String(indicator.id)) } },
        { countryId: { in: scope.countries.map((country) => String(country.id)) } },
        { publishedAt: { less_than_equal: end } },
      ],
    },
  })
  const latest = new Map<string, FigureRevision>()
  for (const row of docs) {
    latest.set(row.observationId, row)
  }
  return [...latest.values()]
    .filter((row) => row.kind !== 'withdrawn' && row.figure)
    .map((row) => snapshotToRow(row.figure as unknown as FigureSnapshot))
}

/** How many times each of these (visible) figures was published with a new value, for the "revised" marker. */
export const countPublications = async (
  payload: Payload,
  visibleObservationIds: string[],
): Promise<Map<string, number>> => {
  const counts = new Map<string, number>()
  if (!visibleObservationIds.length) {
    return counts
  }
  const { docs } = await payload.find({
    collection: 'figure-revisions',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { kind: true, observationId: true },
    where: { and: [{ observationId: { in: visibleObservationIds } }, { kind: { not_equals: 'withdrawn' } }] },
  })
  for (const row of docs) {
    counts.set(row.observationId, (counts.get(row.observationId) ?? 0) + 1)
  }
  return counts
}

/**
 * When the newest entry of these (visible) figures' revision logs was published, up to `end` (an ISO
 * instant) when the figures are pinned to a day; null when none is recorded.
 */
export const readLastRevisionDate = async (
  payload: Payload,
  visibleObservationIds: string[],
  end: null | string,
): Promise<null | string> => {
  if (!visibleObservationIds.length) {
    return null
  }
  const { docs } = await payload.find({
    collection: 'figure-revisions',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    select: { publishedAt: true },
    sort: '-publishedAt',
    where: {
      and: [
        { observationId: { in: visibleObservationIds } },
        ...(end ? [{ publishedAt: { less_than_equal: end } }] : []),
      ],
    },
  })
  return docs[0]?.publishedAt ?? null
}

/** The figures with their publication counts set (`revisionCount`), for pages that mark revised figures. */
export const withRevisionCounts = async <P extends SeriesPoint>(figures: P[]): Promise<P[]> => {
  const payload = await getPayloadClient()
  const counts = await countPublications(payload, [...new Set(figures.map((figure) => figure.id))])
  return figures.map((figure) => ({ ...figure, revisionCount: counts.get(figure.id) ?? 0 }))
}

/**
 * A published figure with its whole revision log, read as a reader: null when the observation is
 * not published or names something a reader may not see (the log of a hidden figure stays hidden).
 */
export const getFigureHistory = cache(async (id: string) => {
  if (!/^[\da-f]{1,24}$/i.test(id)) {
    return null
  }
  const payload = await getPayloadClient()
  const observation = await payload
    .findByID({ ...asReader, collection: 'observations', depth: 1, disableErrors: true, id, populate: FIGURE_POPULATE })
    .catch(() => null)
  const figure = observation ? observationToFigure(observation) : null
  if (!observation || !figure) {
    return null
  }
  const log = (await readRevisionLogs(payload, [String(observation.id)])).get(String(observation.id)) ?? []
  return {
    country: observation.country as Country,
    figure,
    indicator: observation.indicator as Indicator,
    log,
    partner: (observation.partner as Country | null | undefined) ?? null,
  }
})
