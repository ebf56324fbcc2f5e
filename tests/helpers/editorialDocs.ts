import type { Payload } from 'payload'

import type { EditorialCollection } from '@/lib/workflow/states'
import { paragraph } from '@/tests/helpers/richText'

let counter = 0

const next = () => ++counter

/** Three capital letters from a number, for codes that must be unique (AAA, AAB, … 17,576 of them). */
const lettersFor = (n: number) =>
  String.fromCharCode(65 + (Math.floor(n / 676) % 26), 65 + (Math.floor(n / 26) % 26), 65 + (n % 26))

/** The plain text field each editorial collection has, used to see whether an edit landed. */
export const MARKER_FIELD: Record<EditorialCollection, string> = {
  articles: 'dek',
  authors: 'affiliation',
  countries: 'capital',
  events: 'location',
  indicators: 'description',
  observations: 'note',
  organizations: 'note',
  places: 'note',
}

export type EditorialRefs = {
  /** Author record for articles' byline. */
  authorId: number | string
  countryId: number | string
  indicatorId: number | string
}

/**
 * Valid data for a new document of each editorial collection, unique on every call, carrying
 * `marker` in the collection's MARKER_FIELD.
 */
export const editorialData = (collection: EditorialCollection, refs: EditorialRefs, marker: string) => {
  const n = next()
  const name = `Matrix ${collection} ${n}`
  const byCollection: Record<EditorialCollection, Record<string, unknown>> = {
    articles: { authors: [refs.authorId], body: paragraph(`Body ${n}`), section: 'analysis', title: name },
    authors: { name },
    // Codes from the counter never repeat within a run; the matrix's own fixture country is QQQ.
    countries: { iso3: lettersFor(n) === 'QQQ' ? 'ZZZ' : lettersFor(n), kind: 'state', name, region: 'other' },
    events: { date: '2024-05-01', datePrecision: 'day', kind: 'summit', title: name },
    indicators: { category: 'trade', decimals: 1, kind: 'country', name, scale: '1', unit: 'USD' },
    observations: {
      country: refs.countryId,
      indicator: refs.indicatorId,
      period: { kind: 'year', year: 2020 },
      qualifier: 'actual',
      source: { url: 'https://example.org/source' },
      subject: name,
      value: n,
    },
    organizations: { acronym: `MX${n}`, kind: 'forum', name },
    places: { country: refs.countryId, name },
  }
  return { ...byCollection[collection], [MARKER_FIELD[collection]]: marker }
}

type CreateOptions = {
  collection: EditorialCollection
  isPublished: boolean
  marker: string
  payload: Payload
  refs: EditorialRefs
}

/** A document created directly in the database (no access control), published or draft-only. */
export const createEditorialDoc = async ({ collection, isPublished, marker, payload, refs }: CreateOptions) =>
  payload.create({
    collection,
    data: { ...editorialData(collection, refs, marker), _status: isPublished ? 'published' : 'draft' } as never,
    depth: 0,
    draft: !isPublished,
    overrideAccess: true,
  })
