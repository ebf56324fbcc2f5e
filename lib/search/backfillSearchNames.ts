import type { Payload } from 'payload'

import { documentToSearchField } from './names'

const NAMED_COLLECTIONS = ['countries', 'authors', 'places'] as const

type Named = { aliases?: null | { name?: null | string }[]; id: number | string; name?: null | string }

/**
 * A database written before the hidden search field existed (SQLite upgraded by the
 * cross-script-search migration, or MongoDB documents saved earlier) has none, so its countries and
 * authors would be found only as typed. At start-up each document without one gets it from the
 * name and aliases it has, written to the stored document alone: no version, no hook, no audit row,
 * because nothing a reader sees changes; the save hook rewrites it on every later save.
 */
export const backfillSearchNames = async (payload: Payload): Promise<number> => {
  let written = 0
  for (const collection of NAMED_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { aliases: true, name: true },
      where: { or: [{ searchNames: { exists: false } }, { searchNames: { equals: null } }] },
    })
    for (const doc of docs as Named[]) {
      const searchNames = documentToSearchField(doc)
      if (searchNames) {
        await payload.db.updateOne({ collection, data: { searchNames }, id: doc.id, returning: false })
        written += 1
      }
    }
  }
  if (written) {
    payload.logger.info({
      msg: `Site search: wrote the search names of ${written} documents saved before they existed.`,
    })
  }
  return written
}
