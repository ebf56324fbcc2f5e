import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { eventDateToText } from '@/lib/eventDate'

/** A dated event needs its date; a span needs an end after its start. Also writes `dateText`. */
export const checkEventDate: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) {
    return data
  }
  const merged = { ...originalDoc, ...data }
  const precision = merged.datePrecision ?? 'day'
  if (precision !== 'unknown' && !merged.date) {
    throw new ValidationError({
      collection: 'events',
      errors: [{ message: 'Give the date, or set the precision to “Not stated in the source”.', path: 'date' }],
    })
  }
  if (precision === 'range' && (!merged.endDate || merged.endDate < merged.date)) {
    throw new ValidationError({
      collection: 'events',
      errors: [{ message: 'A span of days needs an end date on or after the start.', path: 'endDate' }],
    })
  }
  return {
    ...data,
    dateText: eventDateToText({ date: merged.date, endDate: merged.endDate, precision }),
  }
}
