import type { CollectionBeforeValidateHook } from 'payload'

/** Country codes are compared case-sensitively by the unique index, so store them upper-case. */
export const normalizeCountryCodes: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) {
    return data
  }
  for (const key of ['iso2', 'iso3'] as const) {
    if (typeof data[key] === 'string') {
      data[key] = data[key].trim().toUpperCase() || null
    }
  }
  return data
}
