import type { CollectionBeforeChangeHook } from 'payload'

import { scoreFigure } from '@/lib/observations/anomaly'
import { loadPublishedFigures, seriesContextOf, thresholdsOf } from '@/lib/observations/anomalySeries'
import { relationId } from '@/lib/observations/data'
import { transitionFromContext } from '@/lib/workflow/context'

/**
 * Scores the figure against the rest of its series, its unit, its indicator's plausible range and
 * the partner's report (lib/observations/anomaly.ts) and stores the flags and score with this
 * version. A workflow transition other than a submission keeps the flags the editor reviewed: the
 * approval gate (lib/workflow) reads what was stored. A submission records the batch it belongs to.
 */
export const scoreObservation: CollectionBeforeChangeHook = async ({ context, data, originalDoc, req }) => {
  const transition = transitionFromContext(context)
  if (transition && transition.action !== 'submit') {
    return data
  }
  const submission = transition?.action === 'submit' ? { submission: transition.submission ?? null } : {}
  const merged = { ...originalDoc, ...data }
  const indicatorId = relationId(merged.indicator)
  const countryId = relationId(merged.country)
  if (indicatorId === null || countryId === null || typeof merged.value !== 'number') {
    return { ...data, ...submission }
  }
  const partnerId = relationId(merged.partner)
  const indicator = await req.payload.findByID({
    collection: 'indicators',
    depth: 0,
    disableErrors: true,
    draft: true,
    id: indicatorId,
    overrideAccess: true,
    req,
    select: { anomalyThresholds: true },
  })
  const published = await loadPublishedFigures({
    countries: [countryId, ...(partnerId === null ? [] : [partnerId])],
    indicators: [indicatorId],
    payload: req.payload,
    req,
  })
  const { mirror, series } = seriesContextOf({
    country: countryId,
    id: originalDoc?.id ?? null,
    indicator: indicatorId,
    partner: partnerId,
    periodKey: String(merged.seriesKey ?? '').split('|')[3] ?? '',
    published,
    subject: merged.subject,
  })
  const periodEnd = merged.period?.end ? Date.parse(merged.period.end) : Number.NaN
  const result = scoreFigure({
    figure: {
      periodEnd: Number.isNaN(periodEnd) ? null : periodEnd,
      unit: String(merged.unit ?? ''),
      value: merged.value,
    },
    mirror,
    series,
    thresholds: thresholdsOf(indicator),
  })
  return { ...data, ...submission, anomaly: { flags: result.flags, isFlagged: result.isFlagged, score: result.score } }
}
