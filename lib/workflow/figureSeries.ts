import type { Payload, TypedUser } from 'payload'

import type { StoredPeriodInput } from '@/lib/period'

import { hasRole } from '@/access/roles'
import { formatValue } from '@/lib/format'
import { seriesIdentity } from '@/lib/observations/anomalySeries'
import { relationId } from '@/lib/observations/data'
import { periodBounds, periodToLabel, storedPeriodToPeriod } from '@/lib/period'

type Id = number | string

/** What a point of the series is to the reviewer: a neighbour, or this figure before or after the change. */
export type ContextRole = 'neighbour' | 'new' | 'old'

export type ContextPoint = {
  id: string
  label: string
  /** End of the period, to order the points; null for an undated figure (drawn last). */
  periodEnd: null | string
  periodLabel: string
  role: ContextRole
  value: number
}

export type FigureSeriesContext = {
  /** The published figures of the same series around this one, oldest period first. */
  neighbours: ContextPoint[]
  /** The published value of this figure; null for a figure never published. */
  old: ContextPoint | null
  /** The value submitted for review. */
  proposed: ContextPoint
  seriesName: string
}

/** How many published periods on each side of the figure the chart shows. */
export const NEIGHBOURS_EACH_SIDE = 6

type StoredObservation = {
  country?: unknown
  id: Id
  indicator?: unknown
  partner?: unknown
  period?: null | StoredPeriodInput
  subject?: null | string
  value?: null | number
  valueMax?: null | number
}

type IndicatorDisplay = { decimals?: null | number; name?: null | string; scale?: null | string; unit?: null | string }

const byPeriodEnd = (a: Pick<ContextPoint, 'periodEnd'>, b: Pick<ContextPoint, 'periodEnd'>) =>
  a.periodEnd === null || b.periodEnd === null
    ? Number(a.periodEnd === null) - Number(b.periodEnd === null)
    : a.periodEnd.localeCompare(b.periodEnd)

const observationToContextPoint = (
  doc: StoredObservation,
  role: ContextRole,
  indicator: IndicatorDisplay | null,
  unit: null | string | undefined,
): ContextPoint => {
  const period = storedPeriodToPeriod(doc.period)
  const value = Number(doc.value)
  return {
    id: String(doc.id),
    label: formatValue({
      decimals: indicator?.decimals,
      scale: indicator?.scale,
      unit: unit || indicator?.unit || '',
      value,
      valueMax: doc.valueMax ?? null,
    }),
    periodEnd: periodBounds(period)?.end ?? null,
    periodLabel: periodToLabel(period),
    role,
    value,
  }
}

/**
 * The published periods nearest to `around` on each side (the figure's own period left out): the
 * `each` latest before it and the `each` earliest after it, undated figures last.
 */
export const nearestPeriods = (points: ContextPoint[], around: Pick<ContextPoint, 'periodEnd'>, each: number) => {
  const sorted = [...points].sort(byPeriodEnd)
  const before = sorted.filter((point) => byPeriodEnd(point, around) < 0)
  const after = sorted.filter((point) => byPeriodEnd(point, around) > 0)
  return [...before.slice(-each), ...after.slice(0, each)]
}

/**
 * An observation under review in its series (same indicator, country, partner and subject, the
 * identity the anomaly check scores against): its published and proposed value and the published
 * figures of the neighbouring periods, read as `user` may see them. Null for anyone but staff (a
 * reader reading a figure under review would get its published value as if it were the proposal)
 * and when `user` may not read it.
 */
export const getFigureSeriesContext = async ({
  each = NEIGHBOURS_EACH_SIDE,
  id,
  payload,
  user,
}: {
  each?: number
  id: Id
  payload: Payload
  user: TypedUser
}): Promise<FigureSeriesContext | null> => {
  if (!hasRole(user, 'admin', 'editor', 'analyst')) {
    return null
  }
  const asUser = { depth: 0, disableErrors: true, overrideAccess: false, user } as const
  const pending = (await payload.findByID({ ...asUser, collection: 'observations', draft: true, id })) as
    (StoredObservation & { unit?: null | string }) | null
  if (!pending) {
    return null
  }
  const main = await payload.findByID({ ...asUser, collection: 'observations', id })
  const published = main && main._status === 'published' ? main : null
  const indicatorId = relationId(pending.indicator)
  const countryId = relationId(pending.country)
  const indicator = indicatorId
    ? ((await payload.findByID({
        ...asUser,
        collection: 'indicators',
        draft: true,
        id: indicatorId,
      })) as IndicatorDisplay)
    : null
  const identity = (doc: StoredObservation) =>
    seriesIdentity({
      country: relationId(doc.country) ?? '',
      indicator: relationId(doc.indicator) ?? '',
      partner: relationId(doc.partner),
      subject: doc.subject,
    })
  const wanted = identity(pending)
  // Partner and subject are compared after the read, by the anomaly check's identity: an absent
  // partner or subject is stored differently by each adapter.
  const { docs } =
    indicatorId && countryId
      ? await payload.find({
          ...asUser,
          collection: 'observations',
          limit: 1000,
          pagination: false,
          select: {
            country: true,
            indicator: true,
            partner: true,
            period: true,
            subject: true,
            unit: true,
            value: true,
            valueMax: true,
          },
          sort: '-period.end',
          where: {
            and: [
              { _status: { equals: 'published' } },
              { indicator: { equals: indicatorId } },
              { country: { equals: countryId } },
              { id: { not_equals: pending.id } },
            ],
          },
        })
      : { docs: [] }
  const proposed = observationToContextPoint(pending, 'new', indicator, pending.unit)
  const neighbours = (docs as unknown as (StoredObservation & { unit?: null | string })[])
    .filter((doc) => identity(doc) === wanted && typeof doc.value === 'number')
    .map((doc) => observationToContextPoint(doc, 'neighbour', indicator, doc.unit))
  const old = published
    ? observationToContextPoint(published as unknown as StoredObservation, 'old', indicator, published.unit)
    : null
  return {
    neighbours: nearestPeriods(neighbours, proposed, each),
    old,
    proposed,
    seriesName: indicator?.name ?? 'This series',
  }
}

export type ChartScaleKind = 'linear' | 'log'

/** Above this ratio between the largest and smallest positive value, the chart switches to a log scale. */
export const LOG_SCALE_RATIO = 1000

/**
 * Which vertical scale shows the figure against its neighbours. A slip by a factor of a million on
 * a linear axis squashes every other point onto the baseline, so both marks can no longer be read;
 * a log axis keeps each point readable and shows the slip as a jump of six decades. Log needs
 * positive values: a series that crosses zero (balances) stays linear, where the outlier still
 * stands out and the note says that the rest is flattened.
 */
export const chartScaleFor = (values: number[]): { kind: ChartScaleKind; note: null | string } => {
  const finite = values.filter(Number.isFinite)
  const positive = finite.length > 0 && finite.every((value) => value > 0)
  const largest = Math.max(...finite.map(Math.abs))
  const smallest = Math.min(...finite.map(Math.abs).filter((value) => value > 0))
  const ratio = smallest > 0 ? largest / smallest : 1
  if (ratio < LOG_SCALE_RATIO) {
    return { kind: 'linear', note: null }
  }
  const factor = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 2 }).format(ratio)
  return positive
    ? { kind: 'log', note: `Logarithmic scale: the largest value is ${factor} times the smallest.` }
    : {
        kind: 'linear',
        note: `The largest value is ${factor} times the smallest; values at or below zero rule out a logarithmic scale, so the smaller ones sit close to the axis.`,
      }
}

/** Every point of the context in the order drawn: neighbours and both versions of this figure. */
export const contextPoints = (context: FigureSeriesContext): ContextPoint[] =>
  [...context.neighbours, ...(context.old ? [context.old] : []), context.proposed].sort(
    (a, b) => byPeriodEnd(a, b) || a.role.localeCompare(b.role),
  )
