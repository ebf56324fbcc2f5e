import type { CollectionBeforeValidateHook } from 'payload'

import { countryAliasesOf } from '@/lib/countries/aliases'

/**
 * A new country with an ISO2 code and no other names starts with the names the country-names list
 * knows (lib/countries/aliases.ts), so readers find it in Russian or the region's languages from
 * its first publication; editors change or remove them like any alias.
 */
export const fillKnownAliases: CollectionBeforeValidateHook = ({ data, operation }) => {
  if (operation !== 'create' || !data || (Array.isArray(data.aliases) && data.aliases.length > 0)) {
    return data
  }
  const aliases = countryAliasesOf(
    typeof data.iso2 === 'string' ? data.iso2.trim().toUpperCase() : null,
    data.name ?? '',
  )
  return aliases.length > 0 ? { ...data, aliases } : data
}
