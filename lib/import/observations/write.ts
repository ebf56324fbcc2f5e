import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { inArray } from '@payloadcms/db-sqlite/drizzle'
import { createLocalReq, executeAccess } from 'payload'

import type { Observation, User } from '@/payload-types'

import type { ObservationData } from '@/lib/observations/data'

import { observationToData } from '@/lib/observations/data'
import { sqliteSelectAdapter } from '@/lib/sqliteSelect'

import { transitionAuditRow } from '@/lib/workflow/transitionAuditRow'
import { dayToTimestamp, periodToTimestamps } from '@/lib/period'
import { WORKFLOW_CONTEXT_KEY, type WorkflowTransitionContext } from '@/lib/workflow/context'

import type { ExistingObservation, ReadRow } from './plan'

type Id = number | string

/**
 * What every imported document (observation, article, author) is saved with, by both writers below
 * and by the article import. Imports enter the editorial workflow by adding its state here (a
 * top-level field, so the bulk path's columns carry it under the same name).
 */
export const IMPORTED_DRAFT_FIELDS = { _status: 'draft' } as const

/**
 * A spreadsheet import is the analyst's submission: the dry run was their review, so what it writes
 * goes straight into the editors' review queue, each document with its own audit-trail row.
 */
const IMPORT_SUBMISSION: WorkflowTransitionContext = {
  action: 'submit',
  comment: 'Imported from a spreadsheet',
  to: 'in_review',
}

type WriteArgs = {
  data: ObservationData
  payload: Payload
  /** The import's batch id, stored on every figure it submits (collections/Observations/fields/review.ts). */
  submission?: string
  submitForReview?: boolean
  user: User
} & ({ id: Id; operation: 'update' } | { operation: 'create' })

/**
 * Writes one observation through the Local API, as the signed-in user with access control and every
 * collection hook: the path for changes to existing observations and for small imports.
 */
export const writeObservation = async (args: WriteArgs): Promise<Id> => {
  const { data, payload, user } = args
  const common = {
    collection: 'observations',
    context: args.submitForReview
      ? { [WORKFLOW_CONTEXT_KEY]: { ...IMPORT_SUBMISSION, submission: args.submission ?? null } }
      : {},
    depth: 0,
    draft: true,
    overrideAccess: false,
    user,
  } as const
  // The generated types describe SQLite's numeric IDs; on MongoDB the same fields hold strings.
  const stored = { ...data, ...IMPORTED_DRAFT_FIELDS } as unknown as RequiredDataFromCollectionSlug<'observations'>
  if (args.operation === 'create') {
    return (await payload.create({ ...common, data: stored })).id
  }
  return (await payload.update({ ...common, data: stored, id: args.id as number })).id
}

/** SQLite columns of an observation (the adapter flattens groups into `group_field`). */
const toSqliteColumns = (row: ReadRow, now: string, submitter: User, submission: null | string) => {
  const { data } = row
  const period = periodToTimestamps(data.period)
  return {
    ...IMPORTED_DRAFT_FIELDS,
    anomaly_flags: row.anomaly?.flags ?? [],
    anomaly_isFlagged: row.anomaly?.isFlagged ?? false,
    anomaly_score: row.anomaly?.score ?? 0,
    submission,
    changeAuthors: [String(submitter.id)],
    submittedAt: now,
    submittedBy: submitter.id,
    workflowStatus: IMPORT_SUBMISSION.to,
    country: data.country,
    createdAt: now,
    indicator: data.indicator,
    note: data.note,
    partner: data.partner,
    period_end: period.end,
    period_kind: period.kind,
    period_label: period.label,
    period_start: period.start,
    period_year: period.year,
    periodText: row.periodText,
    qualifier: data.qualifier,
    qualifierNote: data.qualifierNote,
    seriesKey: row.seriesKey,
    source_accessed: dayToTimestamp(data.source.accessed),
    source_article: data.source.article,
    source_footnote: data.source.footnote,
    source_publisher: data.source.publisher,
    source_url: data.source.url,
    subject: data.subject,
    title: row.title,
    unit: data.unit,
    updatedAt: now,
    value: data.value,
    valueMax: data.valueMax,
  }
}

const BULK_CHUNK = 400

/** Whether the bulk path applies: SQLite only; elsewhere every row goes through the Local API. */
export const canInsertInBulk = (payload: Payload): boolean => payload.db.name === 'sqlite'

/**
 * Creates many new observations as drafts in a few multi-row statements (each one atomic) instead
 * of one Local API call per row, which on SQLite costs ~12 ms a row in commits. Correct because every
 * row passed `readRows`, which applies the rules the hook applies (lib/observations/rules.ts) and
 * the field limits Payload would check, and the stored title, period and series key come from the
 * hook's own `deriveObservationFields`; the unique series key index still rejects a duplicate that
 * appeared since the dry run. Access is checked once, with the collection's own create rule for this
 * user, and each audit row is the one the workflow hook would write (`transitionAuditRow`). Each
 * inserted id is reported as soon as it exists, with the time its main row, versions and audit rows
 * are all stamped with.
 */
export const insertObservationDrafts = async ({
  onInserted,
  payload,
  rows,
  submission = null,
  user,
}: {
  onInserted: (ids: Id[], writtenAt: string) => void
  payload: Payload
  rows: ReadRow[]
  submission?: null | string
  user: User
}): Promise<void> => {
  const collection = payload.collections.observations.config
  const mayCreate = await executeAccess(
    {
      collectionConfig: collection,
      data: IMPORTED_DRAFT_FIELDS,
      disableErrors: true,
      req: await createLocalReq({ user: { ...user, collection: 'users' } }, payload),
    },
    collection.access.create,
  )
  if (!mayCreate) {
    throw new Error('You may not create observations.')
  }
  const adapter = payload.db as unknown as { drizzle: DrizzleLike; tables: Record<string, unknown> }
  const main = adapter.tables.observations
  const versions = adapter.tables._observations_v
  for (let index = 0; index < rows.length; index += BULK_CHUNK) {
    const now = new Date().toISOString()
    const chunk = rows.slice(index, index + BULK_CHUNK).map((row) => toSqliteColumns(row, now, user, submission))
    const table = main as { id: unknown; seriesKey: unknown }
    const inserted = (await adapter.drizzle
      .insert(main)
      .values(chunk)
      .returning({ id: table.id, seriesKey: table.seriesKey })) as { id: Id; seriesKey: string }[]
    // RETURNING gives rows in no particular order, so ids are matched back by series key.
    const idBySeriesKey = new Map(inserted.map((row) => [row.seriesKey, row.id]))
    const ids = chunk.map((columns) => idBySeriesKey.get(columns.seriesKey)!)
    onInserted(ids, now)
    await adapter.drizzle.insert(versions).values(
      chunk.map((columns, position) => ({
        createdAt: now,
        latest: true,
        parent: ids[position],
        updatedAt: now,
        ...Object.fromEntries(Object.entries(columns).map(([key, value]) => [`version_${key}`, value])),
      })),
    )
    // The audit trail the workflow hook would have written for each document, one row per submission.
    await adapter.drizzle.insert(adapter.tables.workflow_events).values(
      chunk.map((columns, position) => ({
        ...transitionAuditRow({
          actor: { ...user, collection: 'users' },
          collection: 'observations',
          documentId: ids[position],
          from: 'draft',
          title: columns.title,
          to: IMPORT_SUBMISSION.to,
          transition: { ...IMPORT_SUBMISSION, submission },
        }),
        createdAt: now,
        updatedAt: now,
      })),
    )
  }
}

type DrizzleLike = {
  insert: (table: unknown) => {
    values: (
      rows: Record<string, unknown>[],
    ) => Promise<unknown> & { returning: (fields: Record<string, unknown>) => Promise<unknown> }
  }
}

/**
 * The newest version of every observation with one of these series keys, read on SQLite in a few
 * plain selects of the compared columns. Payload's own draft query reads every column and
 * transforms each row field by field (≈ 0.2 ms a row), and its `latest` condition makes SQLite
 * scan all versions for each chunk; filtering `latest` here instead keeps the series-key index.
 * Staff only (the caller checks): it reads every draft, as staff may.
 */
export const readLatestDraftsBySeriesKey = async ({
  payload,
  seriesKeys,
}: {
  payload: Payload
  seriesKeys: string[]
}): Promise<Map<string, ExistingObservation>> => {
  const adapter = sqliteSelectAdapter(payload)
  const versions = adapter.tables._observations_v
  const column = (name: string) => versions[`version_${name}`]
  const columns = {
    country: column('country'),
    indicator: column('indicator'),
    latest: versions.latest,
    note: column('note'),
    parent: versions.parent,
    partner: column('partner'),
    periodEnd: column('period_end'),
    periodKind: column('period_kind'),
    periodLabel: column('period_label'),
    periodStart: column('period_start'),
    periodYear: column('period_year'),
    qualifier: column('qualifier'),
    qualifierNote: column('qualifierNote'),
    seriesKey: column('seriesKey'),
    sourceAccessed: column('source_accessed'),
    sourceArticle: column('source_article'),
    sourceFootnote: column('source_footnote'),
    sourcePublisher: column('source_publisher'),
    sourceUrl: column('source_url'),
    subject: column('subject'),
    unit: column('unit'),
    value: column('value'),
    valueMax: column('valueMax'),
  }
  const found = new Map<string, ExistingObservation>()
  const unique = [...new Set(seriesKeys)]
  for (let index = 0; index < unique.length; index += LOOKUP_CHUNK) {
    const rows = await adapter.drizzle
      .select(columns)
      .from(versions)
      .where(inArray(columns.seriesKey as never, unique.slice(index, index + LOOKUP_CHUNK)))
    for (const row of rows) {
      if (!row.latest) {
        continue
      }
      const stored = {
        country: row.country,
        indicator: row.indicator,
        note: row.note,
        partner: row.partner,
        period: {
          end: row.periodEnd,
          kind: row.periodKind,
          label: row.periodLabel,
          start: row.periodStart,
          year: row.periodYear,
        },
        qualifier: row.qualifier,
        qualifierNote: row.qualifierNote,
        source: {
          accessed: row.sourceAccessed,
          article: row.sourceArticle,
          footnote: row.sourceFootnote,
          publisher: row.sourcePublisher,
          url: row.sourceUrl,
        },
        subject: row.subject,
        unit: row.unit,
        value: row.value,
        valueMax: row.valueMax,
      } as unknown as Observation
      found.set(String(row.seriesKey), { data: observationToData(stored), id: row.parent as Id })
    }
  }
  return found
}

const LOOKUP_CHUNK = 2_000
