import type { APIRequestContext } from '@playwright/test'

import { createHash } from 'node:crypto'

import { expect } from '@playwright/test'

/** The content collections the seed fills; accounts and media are not compared. */
export const SEEDED_COLLECTIONS = [
  'countries',
  'organizations',
  'places',
  'authors',
  'indicators',
  'articles',
  'observations',
  'events',
] as const

/** Where the setup project leaves the snapshot for the teardown project. */
export const SNAPSHOT_FILE = 'test-results/seeded-content.json'

/** One seeded document: how to name it and a hash of each field that matters. */
export type SeededDocument = { fields: Record<string, string>; label: string }

export type SeededSnapshot = Record<string, SeededDocument>

// Timestamps move on any save; join fields list other documents (a test's new article naming a
// seeded country), which is not a change to the seeded document itself.
const IGNORED_FIELDS = new Set(['createdAt', 'updatedAt'])
const isJoinField = (value: unknown) =>
  !!value && typeof value === 'object' && !Array.isArray(value) && 'docs' in value && 'hasNextPage' in value

const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  )

const hash = (value: unknown) => createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 16)

type Doc = { id: number; iso3?: string; name?: string; slug?: string; title?: string } & Record<string, unknown>

const labelOf = (collection: string, doc: Doc) =>
  `${collection} ${doc.iso3 ?? doc.slug ?? doc.title ?? doc.name ?? ''} (id ${doc.id})`.replace('  ', ' ')

/**
 * Every document of the seeded collections as the admin sees it, drafts included (the newest
 * version, so a change waiting for review counts as a change), keyed by collection and ID.
 */
export const snapshotSeededContent = async (admin: APIRequestContext): Promise<SeededSnapshot> => {
  const snapshot: SeededSnapshot = {}
  for (const collection of SEEDED_COLLECTIONS) {
    const response = await admin.get(`/api/${collection}?draft=true&depth=0&pagination=false&sort=id`)
    expect(response.ok(), await response.text()).toBe(true)
    const { docs } = (await response.json()) as { docs: Doc[] }
    for (const doc of docs) {
      const fields = Object.fromEntries(
        Object.entries(doc)
          .filter(([name, value]) => !IGNORED_FIELDS.has(name) && !isJoinField(value))
          .map(([name, value]) => [name, hash(value)]),
      )
      snapshot[`${collection}/${doc.id}`] = { fields, label: labelOf(collection, doc) }
    }
  }
  return snapshot
}

/** One line per seeded document that is gone or differs, naming the fields that changed. */
export const seededContentChanges = (before: SeededSnapshot, after: SeededSnapshot): string[] =>
  Object.entries(before).flatMap(([key, { fields, label }]) => {
    const now = after[key]
    if (!now) {
      return [`${label}: deleted`]
    }
    const names = new Set([...Object.keys(fields), ...Object.keys(now.fields)])
    const changed = [...names].filter((name) => fields[name] !== now.fields[name]).sort()
    return changed.length > 0 ? [`${label}: ${changed.join(', ')} changed`] : []
  })
