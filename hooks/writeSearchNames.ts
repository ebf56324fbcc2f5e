import type { CollectionBeforeChangeHook } from 'payload'

import { documentToSearchField } from '@/lib/search/names'

type Named = { aliases?: null | { name?: null | string }[]; name?: null | string }

/**
 * Writes the hidden search field from the name and its aliases on every save, drafts included, so
 * what a published version is found by is always what it shows; a value sent in a request is
 * replaced.
 */
export const writeSearchNames: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const incoming = data as Named
  const stored = (originalDoc ?? {}) as Named
  const name = incoming.name !== undefined ? incoming.name : stored.name
  const aliases = incoming.aliases !== undefined ? incoming.aliases : stored.aliases
  return { ...data, searchNames: documentToSearchField({ aliases, name }) }
}
