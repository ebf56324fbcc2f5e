import type { CollectionBeforeValidateHook, ValidationFieldError } from 'payload'

import { ValidationError } from 'payload'

import type { Period } from '@/lib/period'

import { observationSeriesKey } from '@/lib/observationKey'
import { periodBounds, periodToLabel, toIsoDate } from '@/lib/period'

type Relation = { id: number | string } | null | number | string | undefined

const idOf = (value: Relation): null | number | string =>
  value === null || value === undefined ? null : typeof value === 'object' ? value.id : value

type PeriodInput = {
  end?: null | string
  kind?: null | string
  label?: null | string
  start?: null | string
  year?: null | number
}

const readPeriod = (input: PeriodInput | undefined, errors: ValidationFieldError[]): null | Period => {
  const kind = input?.kind ?? 'undated'
  if (kind === 'undated') {
    return { kind: 'undated', label: input?.label }
  }
  if (kind === 'year') {
    const year = Number(input?.year)
    if (!Number.isInteger(year) || year < 1900 || year > 2100) {
      errors.push({ message: 'Give the year as four digits between 1900 and 2100.', path: 'period.year' })
      return null
    }
    return { kind: 'year', label: input?.label, year }
  }
  if (!input?.start) {
    errors.push({ message: 'A period of dates needs a start date.', path: 'period.start' })
    return null
  }
  const start = toIsoDate(input.start)
  const end = input.end ? toIsoDate(input.end) : start
  if (end < start) {
    errors.push({ message: 'The period ends before it starts.', path: 'period.end' })
    return null
  }
  return { end, kind: 'dates', label: input?.label, start }
}

/**
 * Enforces what makes an observation meaningful: partners only on bilateral indicators, a unit the
 * indicator accepts, a coherent period and a source; then rejects a second value for the same
 * indicator, country, partner, period and subject with a message naming the existing one.
 */
export const checkObservation: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) {
    return data
  }
  const merged = { ...originalDoc, ...data }
  const errors: ValidationFieldError[] = []
  const indicatorId = idOf(merged.indicator)
  const countryId = idOf(merged.country)
  const partnerId = idOf(merged.partner)
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
  if (partnerId !== null && indicator.kind !== 'bilateral') {
    errors.push({
      message: `“${indicator.name}” is a country indicator: remove the partner, or choose a bilateral indicator.`,
      path: 'partner',
    })
  }
  if (partnerId !== null && String(partnerId) === String(countryId)) {
    errors.push({ message: 'The partner must be a different country.', path: 'partner' })
  }
  const acceptedUnits = [indicator.unit, ...(indicator.otherUnits ?? [])]
  const unit = typeof merged.unit === 'string' && merged.unit.trim() ? merged.unit.trim() : indicator.unit
  if (!acceptedUnits.includes(unit)) {
    errors.push({
      message: `“${indicator.name}” is measured in ${acceptedUnits.join(' or ')}, not ${unit}.`,
      path: 'unit',
    })
  }
  if (typeof merged.valueMax === 'number' && typeof merged.value === 'number' && merged.valueMax < merged.value) {
    errors.push({ message: 'The upper end of the range is below the value.', path: 'valueMax' })
  }
  const source = merged.source ?? {}
  if (idOf(source.article) === null && !source.url) {
    errors.push({ message: 'Cite a source: an article (with its footnote) or a web address.', path: 'source.url' })
  }
  const period = readPeriod(merged.period, errors)
  if (errors.length > 0 || !period) {
    throw new ValidationError({ collection: 'observations', errors, req })
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
  const subjectText = typeof merged.subject === 'string' && merged.subject.trim() ? ` (${merged.subject.trim()})` : ''
  const title = `${indicator.name}: ${countryName}${partnerName ? ` × ${partnerName}` : ''}${subjectText}, ${periodToLabel(period)}`

  const bounds = periodBounds(period)
  const seriesKey = observationSeriesKey({
    country: countryId,
    indicator: indicatorId,
    partner: partnerId,
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
      and: [{ seriesKey: { equals: seriesKey } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])],
    },
  })
  const duplicate = duplicates[0]
  if (duplicate) {
    throw new ValidationError({
      collection: 'observations',
      errors: [
        {
          message: `${title} is already recorded (value ${duplicate.value}, id ${duplicate.id}). Edit that observation instead.`,
          path: 'value',
        },
      ],
      req,
    })
  }

  return {
    ...data,
    period: {
      ...merged.period,
      end: bounds ? `${bounds.end}T00:00:00.000Z` : null,
      kind: period.kind,
      start: bounds ? `${bounds.start}T00:00:00.000Z` : null,
      year: period.kind === 'year' ? period.year : null,
    },
    periodText: periodToLabel(period),
    seriesKey,
    title,
    unit,
  }
}
