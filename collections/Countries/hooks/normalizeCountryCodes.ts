import type { CollectionBeforeValidateHook } from 'payload'

/**
 * Stores country codes upper-case (the unique index compares them case-sensitively) and leaves an
 * empty code out of a new country instead of storing null.
 */
export const normalizeCountryCodes: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) {
    return data
  }
  for (const key of ['iso2', 'iso3'] as const) {
    if (!(key in data)) {
      continue
    }
    const value = typeof data[key] === 'string' ? data[key].trim().toUpperCase() : data[key]
    if (value) {
      data[key] = value
    } else if (originalDoc?.[key]) {
      data[key] = null
    } else {
      // MongoDB's sparse unique index skips documents without the field but indexes null, so a
      // second bloc stored with `iso2: null` would be rejected as a duplicate of the first.
      delete data[key]
    }
  }
  return data
}
