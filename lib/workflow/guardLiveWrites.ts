import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest, Where } from 'payload'

import { APIError } from 'payload'
import { AsyncLocalStorage } from 'node:async_hooks'

import type { LiveChange } from './audit'

import { anomalyApprovalRefusal } from '@/lib/observations/anomaly'

import { recordLiveChanges } from './audit'
import { isPersonWriting, isReaderFacingCollection, liveWriteRefusal, type LiveOperation } from './liveState'
import { refreshMediaVisibility } from './mediaVisibility'

type Row = Record<string, unknown> & { id: number | string }
type Request = Partial<PayloadRequest> | undefined

/** Set while a guarded write and its bookkeeping run, so their own nested writes pass straight through. */
const insideGuard = new AsyncLocalStorage<true>()

const isLive = (collection: string, row: null | Record<string, unknown> | undefined): boolean =>
  !!row && (collection === 'media' ? row.isPublic === true : row._status === 'published')

const refuse = (message: string): never => {
  throw new APIError(message, 403, undefined, true)
}

type Guarded = {
  adapter: BaseDatabaseAdapter
  collection: string
  data: null | Record<string, unknown>
  /** The write touches at most one row (updateOne, deleteOne). */
  isSingle?: boolean
  /** Which rows the write touches; none for a create. */
  matching: null | Where
  operation: LiveOperation
  req: Request
  /** An update that creates the row when none matches. */
  upsert?: boolean
}

/** What a row's live state is read from: enough to decide, without loading whole documents. */
const liveStateOf = (collection: string): Record<string, true> =>
  collection === 'media' ? { isPublic: true } : { _status: true }

/** Refuses a write a person may not make, then makes it and records what it changed for readers. */
const runGuarded = async <T>(
  { adapter, collection, data, isSingle, matching, req, upsert, ...guarded }: Guarded,
  write: () => Promise<T>,
) => {
  const found = matching ? await rowsMatching(adapter, collection, matching, req, liveStateOf(collection)) : []
  const touched = isSingle ? found.slice(0, 1) : found
  const operation: LiveOperation = upsert && touched.length === 0 ? 'create' : guarded.operation
  const wasLive = touched.some((row) => isLive(collection, row))
  const becomesLive =
    operation !== 'delete' && (touched.length > 0 || operation === 'create') && isLive(collection, data)
  if (!wasLive && !becomesLive) {
    return write()
  }
  const refusal = liveWriteRefusal({ collection, context: req?.context, operation, req })
  if (refusal) {
    refuse(refusal)
  }
  // Whole rows only for writes that change what readers see: the audit row says what changed.
  const before = touched.length
    ? await rowsMatching(adapter, collection, { id: { in: touched.map((row) => row.id) } }, req)
    : []
  if (becomesLive && collection === 'observations' && isPersonWriting(req)) {
    // A flagged figure reaches readers only with a reason, by whatever path (lib/observations/anomaly.ts).
    const gate = [...(operation === 'create' ? [data ?? {}] : before.map((row) => ({ ...row, ...data })))]
      .map((row) => anomalyApprovalRefusal(row))
      .find((refusal) => refusal !== null)
    if (gate) {
      refuse(gate)
    }
  }
  // The adapter marks up the data it writes (e.g. `_uuid` on groups): keep what was asked for.
  const written = structuredClone(data)
  const result = await write()
  const created = operation === 'create' ? [result as unknown as Row] : []
  const changes: LiveChange[] = [
    ...created.map((row) => ({ after: row, before: null, id: row.id })),
    ...(operation === 'create'
      ? []
      : before
          .filter((row) => isLive(collection, row) || becomesLive)
          .map((row) => ({ after: operation === 'delete' ? null : { ...row, ...written }, before: row, id: row.id }))),
  ]
  await recordLiveChanges({ changes, collection, payload: adapter.payload, req })
  if (collection !== 'media') {
    await refreshMediaVisibility({ adapter, changes, collection, req })
  }
  return result
}

const whereOf = (args: { id?: number | string; where?: Where }): Where =>
  args.where ?? { id: { equals: args.id as number | string } }

const rowsMatching = async (
  adapter: BaseDatabaseAdapter,
  collection: string,
  where: Where,
  req: Request,
  select?: Record<string, true>,
) =>
  (
    await adapter.find({
      collection: collection as never,
      limit: 0,
      pagination: false,
      req,
      select,
      where,
    })
  ).docs as Row[]

const versionStatus = (versionData: unknown): unknown => (versionData as { _status?: unknown } | undefined)?._status

/**
 * Wraps a database adapter so that no write, by whatever path it arrives (REST, GraphQL, the Local
 * API, a Payload operation added in a later version), lets a person change what readers see outside
 * the editorial workflow: creating, changing, unpublishing or deleting a published document, or
 * changing an image that published pages show. Every write that does change what readers see, by
 * anyone, leaves an audit row, and the media a page shows become readable to the public with it.
 * Access rules and hooks give the friendly behaviour (edits become drafts); this is the rule itself.
 */
export const guardLiveWrites = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const { create, createVersion, deleteMany, deleteOne, updateMany, updateOne, updateVersion } = adapter

    /**
     * Runs `write` as is for collections readers never see and for the guard's own bookkeeping;
     * otherwise reads the rows it touches (`where`, or none for a create) and guards it.
     */
    const guarded = <T>(
      { collection, data, req }: { collection: string; data: null | Record<string, unknown>; req?: Request },
      touches: { isSingle?: boolean; operation: LiveOperation; upsert?: boolean; where?: Where },
      write: () => Promise<T>,
    ): Promise<T> => {
      if (insideGuard.getStore() === true || !isReaderFacingCollection(collection)) {
        return write()
      }
      return insideGuard.run(true, () =>
        runGuarded({ ...touches, adapter, collection, data, matching: touches.where ?? null, req }, write),
      )
    }

    /** A version marked published is what `?draft=true` reads return to anyone: the same rule holds. */
    const refusePublishedVersion = (collection: string, version: unknown, req: Request) => {
      if (insideGuard.getStore() === true || !isReaderFacingCollection(collection)) {
        return
      }
      const refusal =
        versionStatus(version) === 'published' &&
        liveWriteRefusal({ collection, context: req?.context, operation: 'update', req })
      if (refusal) {
        refuse(refusal)
      }
    }

    adapter.create = (a) => guarded(a, { operation: 'create' }, () => create.call(adapter, a))
    adapter.updateOne = ((a) =>
      guarded(a, { isSingle: true, operation: 'update', upsert: a.options?.upsert === true, where: whereOf(a) }, () =>
        updateOne.call(adapter, a),
      )) as typeof updateOne
    adapter.updateMany = (a) => guarded(a, { operation: 'update', where: a.where }, () => updateMany.call(adapter, a))
    adapter.deleteOne = (a) =>
      guarded({ ...a, data: null }, { isSingle: true, operation: 'delete', where: a.where }, () =>
        deleteOne.call(adapter, a),
      )
    adapter.deleteMany = (a) =>
      guarded({ ...a, data: null }, { operation: 'delete', where: a.where }, () => deleteMany.call(adapter, a))
    adapter.createVersion = ((a) => {
      refusePublishedVersion(a.collectionSlug, a.versionData, a.req)
      return createVersion.call(adapter, a)
    }) as typeof createVersion
    adapter.updateVersion = ((a) => {
      refusePublishedVersion(a.collection, a.versionData?.version, a.req)
      return updateVersion.call(adapter, a)
    }) as typeof updateVersion

    return adapter
  },
})
