import type { Payload } from 'payload'

import { Forbidden } from 'payload'

import type { Observation, User } from '@/payload-types'

import type { ImportJournal, LatestVersion } from '@/lib/import/rollback'

import { hasRole } from '@/access/roles'
import { ImportRolledBackError, nowIso, undoImport } from '@/lib/import/rollback'
import { loadPublishedFigures } from '@/lib/observations/anomalySeries'
import { observationToData, relationId } from '@/lib/observations/data'

import type { ColumnMapping } from './columns'
import type { ExistingObservation, ImportPlan, ImportReference } from './plan'
import type { Table } from './parseTable'

import { classifyRows, mergeForUpdate, readRows, scorePlan } from './plan'
import { canInsertInBulk, insertObservationDrafts, readLatestDraftsBySeriesKey, writeObservation } from './write'

type Id = number | string

const LOOKUP_CHUNK = 500

/** Above this many new rows, SQLite imports insert in bulk (see `insertObservationDrafts`). */
const BULK_THRESHOLD = 100

/** Countries, indicators and articles the signed-in user can see, for matching rows against. */
export const loadImportReference = async ({
  payload,
  user,
}: {
  payload: Payload
  user: User
}): Promise<ImportReference> => {
  const common = { depth: 0, draft: true, overrideAccess: false, pagination: false, user } as const
  const [countries, indicators, articles] = await Promise.all([
    payload.find({ ...common, collection: 'countries', select: { iso2: true, iso3: true, name: true } }),
    payload.find({
      ...common,
      collection: 'indicators',
      select: { anomalyThresholds: true, kind: true, name: true, otherUnits: true, slug: true, unit: true },
    }),
    payload.find({ ...common, collection: 'articles', select: { slug: true, title: true } }),
  ])
  return {
    articles: articles.docs.map((doc) => ({ id: doc.id, slug: doc.slug ?? '', title: doc.title })),
    countries: countries.docs.map((doc) => ({ id: doc.id, iso2: doc.iso2, iso3: doc.iso3, name: doc.name })),
    indicators: indicators.docs.map((doc) => ({
      anomalyThresholds: doc.anomalyThresholds ?? null,
      id: doc.id,
      kind: doc.kind,
      name: doc.name,
      otherUnits: doc.otherUnits ?? [],
      slug: doc.slug ?? '',
      unit: doc.unit,
    })),
  }
}

/** Existing observations (their newest draft or published version) by series key. */
export const findObservationsBySeriesKey = async ({
  payload,
  seriesKeys,
  user,
}: {
  payload: Payload
  seriesKeys: string[]
  user: User
}): Promise<Map<string, ExistingObservation>> => {
  if (!hasRole(user, 'admin', 'editor', 'analyst')) {
    throw new Forbidden()
  }
  if (canInsertInBulk(payload)) {
    return readLatestDraftsBySeriesKey({ payload, seriesKeys })
  }
  const found = new Map<string, ExistingObservation>()
  for (let index = 0; index < seriesKeys.length; index += LOOKUP_CHUNK) {
    // The adapter's own read of the latest drafts: staff read every draft (publishedOrStaff), so
    // the Local API would add no constraint, only its per-document read hooks (3.6 times slower
    // when a sheet changes thousands of figures that exist).
    const { docs } = (await payload.db.queryDrafts({
      collection: 'observations',
      limit: 0,
      pagination: false,
      where: { 'version.seriesKey': { in: seriesKeys.slice(index, index + LOOKUP_CHUNK) } },
    })) as unknown as { docs: Observation[] }
    for (const doc of docs) {
      if (doc.seriesKey) {
        found.set(doc.seriesKey, { data: observationToData(doc), id: doc.id })
      }
    }
  }
  return found
}

/** What an import would do, without writing anything. */
export const dryRunObservationImport = async ({
  mapping,
  payload,
  table,
  user,
}: {
  mapping: ColumnMapping
  payload: Payload
  table: Table
  user: User
}): Promise<{ existing: Map<string, ExistingObservation>; plan: ImportPlan }> => {
  const reference = await loadImportReference({ payload, user })
  const { accepted, rejected } = readRows({ mapping, reference, table })
  const existing = await findObservationsBySeriesKey({
    payload,
    seriesKeys: accepted.map((row) => row.seriesKey),
    user,
  })
  const plan = classifyRows({ accepted, existing, mapping, rejected })
  const scored = [...plan.create, ...plan.update]
  const published = await loadPublishedFigures({
    countries: scored.flatMap((row) => [row.data.country, ...(row.data.partner === null ? [] : [row.data.partner])]),
    indicators: scored.map((row) => row.data.indicator),
    payload,
  })
  const thresholds = new Map(
    reference.indicators.map((indicator) => [String(indicator.id), indicator.anomalyThresholds ?? {}]),
  )
  return { existing, plan: scorePlan({ plan, published, thresholds }) }
}

const latestVersions = async (payload: Payload, ids: Id[]): Promise<Map<string, LatestVersion>> => {
  const latest = new Map<string, LatestVersion>()
  for (let index = 0; index < ids.length; index += LOOKUP_CHUNK) {
    const { docs } = await payload.db.findVersions({
      collection: 'observations',
      limit: 0,
      pagination: false,
      select: { latest: true, parent: true, updatedAt: true },
      where: { and: [{ parent: { in: ids.slice(index, index + LOOKUP_CHUNK) } }, { latest: { equals: true } }] },
    })
    for (const version of docs) {
      latest.set(String(relationId(version.parent)), { id: version.id, updatedAt: version.updatedAt })
    }
  }
  return latest
}

export type ImportProgress = { done: number; total: number }

export type ApplyResult = { created: number; submission: string; updated: number }

/**
 * Writes every accepted row of a plan, or none: rows were validated by the dry run with the rules the
 * collection hook enforces, and if any write still fails (the hook, the database, a concurrent
 * duplicate) the import's own writes are undone before the error is rethrown, as an
 * `ImportRolledBackError` naming any document it left alone because a colleague saved or used it
 * meanwhile (`undoImport`).
 */
export const applyObservationImport = async ({
  existing,
  mapping,
  onProgress,
  payload,
  plan,
  useBulkInsert = canInsertInBulk(payload) && plan.create.length > BULK_THRESHOLD,
  user,
  write = writeObservation,
}: {
  existing: Map<string, ExistingObservation>
  mapping: ColumnMapping
  onProgress?: (progress: ImportProgress) => void
  payload: Payload
  plan: ImportPlan
  useBulkInsert?: boolean
  user: User
  write?: typeof writeObservation
}): Promise<ApplyResult> => {
  const total = plan.create.length + plan.update.length
  const previousLatest = await latestVersions(
    payload,
    plan.update.map((row) => row.id),
  )
  const journal: ImportJournal = { actor: user.id, startedAt: new Date(Date.now() - 1).toISOString(), writes: [] }
  // One id for everything this import submits: the editors review it as one batch.
  const submission = `import-${user.id}-${Date.now().toString(36)}`
  let done = 0
  let pending: null | { from: string; seriesKey: string } = null
  const advance = (rows: number) => {
    const before = done
    done += rows
    if (onProgress && (Math.floor(done / 100) > Math.floor(before / 100) || done === total)) {
      onProgress({ done, total })
    }
  }
  const created = (id: Id, from: string, to: string) =>
    journal.writes.push({ collection: 'observations', from, id, isCreated: true, previousLatest: null, to })
  try {
    if (useBulkInsert) {
      await insertObservationDrafts({
        onInserted: (ids, writtenAt) => {
          ids.forEach((id) => created(id, writtenAt, writtenAt))
          advance(ids.length)
        },
        payload,
        rows: plan.create,
        submission,
        user,
      })
    }
    for (const row of useBulkInsert ? [] : plan.create) {
      const from = nowIso()
      pending = { from, seriesKey: row.seriesKey }
      const id = await write({ data: row.data, operation: 'create', payload, submission, submitForReview: true, user })
      created(id, from, nowIso())
      pending = null
      advance(1)
    }
    for (const row of plan.update) {
      const current = existing.get(row.seriesKey)
      const data = mergeForUpdate({ current: current?.data ?? row.data, mapping, row: row.data })
      const update = {
        collection: 'observations' as const,
        from: nowIso(),
        id: row.id,
        isCreated: false,
        previousLatest: previousLatest.get(String(row.id)) ?? null,
        to: '',
      }
      journal.writes.push(update)
      try {
        await write({ data, id: row.id, operation: 'update', payload, submission, submitForReview: true, user })
      } finally {
        update.to = nowIso()
      }
      advance(1)
    }
  } catch (error) {
    if (pending) {
      // A create can fail after inserting the document (e.g. while saving its first version). A
      // document with the same series key that is not this import's submission is someone else's.
      const to = nowIso()
      const orphan = await payload.db.findOne<Observation>({
        collection: 'observations',
        where: {
          and: [
            { seriesKey: { equals: pending.seriesKey } },
            { createdAt: { greater_than_equal: pending.from } },
            { createdAt: { less_than_equal: to } },
            { submittedBy: { equals: user.id } },
          ],
        },
      })
      if (orphan) {
        created(orphan.id, pending.from, to)
      }
    }
    throw new ImportRolledBackError(error, await undoImport({ journal, payload }))
  }
  return { created: plan.create.length, submission, updated: plan.update.length }
}
