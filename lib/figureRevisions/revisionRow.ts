import type { StoredPeriodInput } from '@/lib/period'

import { periodToLabel, storedPeriodToPeriod } from '@/lib/period'

type Id = number | string

/** What a publication of an observation made public: the figure as readers saw it from then on. */
export type FigureSnapshot = {
  country: Id
  id: Id
  indicator: Id
  partner: Id | null
  period: StoredPeriodInput
  qualifier: string
  qualifierNote: null | string
  source: {
    accessed: null | string
    article: Id | null
    footnote: null | string
    publisher: null | string
    url: null | string
  }
  subject: null | string
  unit: null | string
  value: number
  valueMax: null | number
}

export const FIGURE_REVISION_KINDS = ['published', 'revised', 'withdrawn'] as const

export type FigureRevisionKind = (typeof FIGURE_REVISION_KINDS)[number]

/** One row of the revision store as the server writes it (see collections/FigureRevisions). */
export type FigureRevisionData = {
  approver: Id | null
  approverName: string
  approverRole: string
  countryId: string
  figure: FigureSnapshot | null
  indicatorId: string
  kind: FigureRevisionKind
  observationId: string
  partnerId: null | string
  periodLabel: string
  previousValue: null | number
  previousValueMax: null | number
  publishedAt: string
  qualifier: null | string
  reason: null | string
  seriesKey: null | string
  unit: null | string
  value: null | number
  valueMax: null | number
}

/** A relationship's id, populated or not; a MongoDB ObjectId as its hex string. */
export const idOf = (value: unknown): Id | null => {
  if (value === null || value === undefined || value === '') {
    return null
  }
  if (typeof value === 'object') {
    const object = value as { id?: unknown; toHexString?: () => string }
    if (typeof object.toHexString === 'function') {
      return object.toHexString()
    }
    return idOf(object.id)
  }
  return value as Id
}

const textOrNull = (value: unknown): null | string =>
  value === null || value === undefined || value === '' ? null : String(value)

const numberOrNull = (value: unknown): null | number =>
  value === null || value === undefined || value === '' ? null : Number(value)

/** A stored observation row (any depth, any adapter) as the figure readers see. */
export const observationToFigureSnapshot = (row: Record<string, unknown>): FigureSnapshot => {
  const source = (row.source ?? {}) as Record<string, unknown>
  const period = (row.period ?? {}) as Record<string, unknown>
  return {
    country: idOf(row.country)!,
    id: idOf(row.id)!,
    indicator: idOf(row.indicator)!,
    partner: idOf(row.partner),
    period: {
      end: textOrNull(period.end instanceof Date ? period.end.toISOString() : period.end),
      kind: (textOrNull(period.kind) ?? 'undated') as never,
      label: textOrNull(period.label),
      start: textOrNull(period.start instanceof Date ? period.start.toISOString() : period.start),
      year: numberOrNull(period.year),
    },
    qualifier: textOrNull(row.qualifier) ?? 'actual',
    qualifierNote: textOrNull(row.qualifierNote),
    source: {
      accessed: textOrNull(source.accessed instanceof Date ? source.accessed.toISOString() : source.accessed),
      article: idOf(source.article),
      footnote: textOrNull(source.footnote),
      publisher: textOrNull(source.publisher),
      url: textOrNull(source.url),
    },
    subject: textOrNull(row.subject),
    unit: textOrNull(row.unit),
    value: Number(row.value),
    valueMax: numberOrNull(row.valueMax),
  }
}

/** Whether two snapshots show readers the same figure (value, range, unit, period, qualifier, source). */
export const isSameFigure = (a: FigureSnapshot, b: FigureSnapshot): boolean =>
  JSON.stringify({ ...a, id: null }) === JSON.stringify({ ...b, id: null })

export type Approver = { id: Id | null; name: null | string; role: null | string }

/**
 * The revision row a change of an observation's live state calls for, or null when readers see the
 * same figure as before (only bookkeeping, a note or the reason changed). `before`/`after` are the
 * stored rows around the write (`after` null once deleted), `isLive*` whether readers saw them.
 */
export const liveChangeToFigureRevision = ({
  after,
  approver,
  before,
  isLiveAfter,
  isLiveBefore,
  now,
}: {
  after: null | Record<string, unknown>
  approver: Approver
  before: null | Record<string, unknown>
  isLiveAfter: boolean
  isLiveBefore: boolean
  now: string
}): FigureRevisionData | null => {
  const previous = before && isLiveBefore ? observationToFigureSnapshot(before) : null
  const next = after && isLiveAfter ? observationToFigureSnapshot(after) : null
  if (!previous && !next) {
    return null
  }
  if (previous && next && isSameFigure(previous, next)) {
    return null
  }
  const shown = next ?? previous!
  const reasonBefore = textOrNull(before?.changeReason)
  const reasonAfter = textOrNull(after?.changeReason)
  return {
    approver: approver.id,
    approverName: approver.name ?? 'System',
    approverRole: approver.role ?? 'system',
    countryId: String(shown.country),
    figure: next,
    indicatorId: String(shown.indicator),
    kind: !next ? 'withdrawn' : previous ? 'revised' : 'published',
    observationId: String(shown.id),
    partnerId: shown.partner === null ? null : String(shown.partner),
    periodLabel: periodToLabel(storedPeriodToPeriod(shown.period)),
    previousValue: previous?.value ?? null,
    previousValueMax: previous?.valueMax ?? null,
    publishedAt: now,
    qualifier: next?.qualifier ?? null,
    // A reason stays on the document after its publication: it belongs to a revision only when new.
    reason: reasonAfter && (reasonAfter !== reasonBefore || !previous) ? reasonAfter : null,
    seriesKey: textOrNull((after ?? before)?.seriesKey),
    unit: next?.unit ?? null,
    value: next?.value ?? null,
    valueMax: next?.valueMax ?? null,
  }
}
