import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { relationId } from '@/lib/observations/data'
import { checkPeriod, deriveObservationFields, observationProblems, observationUnit } from '@/lib/observations/rules'

/**
 * Enforces what makes an observation meaningful (lib/observations/rules.ts: partners only on
 * bilateral indicators, a unit the indicator accepts, a coherent period and a source) and writes
 * what it derives (title, period text, series key); then rejects a second value for the same
 * indicator, country, partner, period and subject with a message naming the existing one.
 */
export const checkObservation: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) {
    return data
  }
  const merged = { ...originalDoc, ...data }
  const indicatorId = relationId(merged.indicator)
  const countryId = relationId(merged.country)
  const partnerId = relationId(merged.partner)
  if (indicatorId === null || countryId === null) {
    return data
  }
  const indicator = await req.payload.findByID({
    collection: 'indicators',
    depth: 0,
    disableErrors: true,
    draft: true,
    id: indicatorId,
    overrideAccess: true,
    req,
  })
  if (!indicator) {
    throw new ValidationError({
      collection: 'observations',
      errors: [{ message: 'That indicator does not exist.', path: 'indicator' }],
    })
  }
  const source = merged.source ?? {}
  const problems = observationProblems({
    country: countryId,
    indicator,
    partner: partnerId,
    source: { article: relationId(source.article), url: source.url },
    unit: merged.unit,
    value: merged.value,
    valueMax: merged.valueMax,
  })
  const { period, problem } = checkPeriod(merged.period)
  if (problem) {
    problems.push(problem)
  }
  if (problems.length > 0 || !period) {
    throw new ValidationError({
      collection: 'observations',
      errors: problems.map(({ message, path }) => ({ message, path })),
      req,
    })
  }

  const nameOf = async (id: null | number | string) => {
    if (id === null) {
      return null
    }
    const country = await req.payload.findByID({
      collection: 'countries',
      depth: 0,
      disableErrors: true,
      draft: true,
      id,
      overrideAccess: true,
      req,
    })
    return country?.name ?? String(id)
  }
  const [countryName, partnerName] = await Promise.all([nameOf(countryId), nameOf(partnerId)])
  const derived = deriveObservationFields({
    country: { id: countryId, name: countryName ?? String(countryId) },
    indicator,
    partner: partnerId === null ? null : { id: partnerId, name: partnerName ?? String(partnerId) },
    period,
    subject: merged.subject,
  })

  const { docs: duplicates } = await req.payload.find({
    collection: 'observations',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: {
      and: [
        { seriesKey: { equals: derived.seriesKey } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
  })
  const duplicate = duplicates[0]
  if (duplicate) {
    throw new ValidationError({
      collection: 'observations',
      errors: [
        {
          message: `${derived.title} is already recorded (value ${duplicate.value}, id ${duplicate.id}). Edit that observation instead.`,
          path: 'value',
        },
      ],
      req,
    })
  }

  // The label stays as entered; the bounds, kind and year are the ones the period was read as.
  const { label: _label, ...storedPeriod } = derived.period
  return {
    ...data,
    period: { ...merged.period, ...storedPeriod },
    periodText: derived.periodText,
    seriesKey: derived.seriesKey,
    title: derived.title,
    unit: observationUnit(merged.unit, indicator),
  }
}
