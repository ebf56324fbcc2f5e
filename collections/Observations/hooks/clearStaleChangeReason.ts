import type { CollectionBeforeChangeHook } from 'payload'

import { transitionFromContext } from '@/lib/workflow/context'

const numberOrNull = (value: unknown): null | number => (typeof value === 'number' ? value : null)

const dateText = (value: unknown): null | string =>
  value instanceof Date ? value.toISOString() : typeof value === 'string' && value ? value : null

/** What the reason explains: the number, its unit and the period it covers. */
const figureOf = (doc: Record<string, unknown>): string => {
  const period = (doc.period ?? {}) as Record<string, unknown>
  return JSON.stringify([
    numberOrNull(doc.value),
    numberOrNull(doc.valueMax),
    typeof doc.unit === 'string' ? doc.unit : null,
    dateText(period.start),
    dateText(period.end),
    numberOrNull(period.year),
  ])
}

/**
 * A reason given for one change must not excuse the next one: when an edit changes the figure and
 * does not give a reason of its own, the reason carried over from the earlier version is dropped,
 * so the anomaly gate asks again and the revision log never shows a reason written for another value.
 * Workflow transitions copy the reviewed draft and keep its reason.
 */
export const clearStaleChangeReason: CollectionBeforeChangeHook = ({ context, data, originalDoc }) => {
  if (!originalDoc || transitionFromContext(context)) {
    return data
  }
  const previousReason = typeof originalDoc.changeReason === 'string' ? originalDoc.changeReason.trim() : ''
  if (!previousReason) {
    return data
  }
  const givenReason = typeof data.changeReason === 'string' ? data.changeReason.trim() : undefined
  if (givenReason !== undefined && givenReason !== previousReason) {
    return data
  }
  if (figureOf({ ...originalDoc, ...data }) === figureOf(originalDoc)) {
    return data
  }
  return { ...data, changeReason: null }
}
