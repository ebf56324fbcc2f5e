import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest, Where } from 'payload'

import { APIError } from 'payload'
import { AsyncLocalStorage } from 'node:async_hooks'

import type { LiveChange } from './audit'

import { recordLiveChanges } from './audit'
import { isReaderFacingCollection, liveWriteRefusal, type LiveOperation } from './liveState'
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
  /** The rows the write touches, as stored before it. */
  before: Row[]
  data: null | Record<string, unknown>
  operation: LiveOperation
  req: Request
}

/** Refuses a write a person may not make, then makes it and records what it changed for readers. */
const runGuarded = async <T>(
  { adapter, before, collection, data, operation, req }: Guarded,
  write: () => Promise<T>,
) => {
  const wasLive = before.filter((row) => isLive(collection, row))
  const becomesLive =
    operation !== 'delete' && (before.length > 0 || operation === 'create') && isLive(collection, data)
  if (wasLive.length === 0 && !becomesLive) {
    return write()
  }
  const refusal = liveWriteRefusal({ collection, context: req?.context, operation, req })
  if (refusal) {
    refuse(refusal)
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

const rowsMatching = async (adapter: BaseDatabaseAdapter, collection: string, where: Where, req: Request) =>
  (
    await adapter.find({
      collection: collection as never,
      limit: 0,
      pagination: false,
      req,
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
    const passThrough = (collection: string) => insideGuard.getStore() === true || !isReaderFacingCollection(collection)

    adapter.create = (createArgs) =>
      passThrough(createArgs.collection)
        ? create.call(adapter, createArgs)
        : insideGuard.run(true, () =>
            runGuarded(
              {
                adapter,
                before: [],
                collection: createArgs.collection,
                data: createArgs.data,
                operation: 'create',
                req: createArgs.req,
              },
              () => create.call(adapter, createArgs),
            ),
          )

    adapter.updateOne = ((updateArgs) =>
      passThrough(updateArgs.collection)
        ? updateOne.call(adapter, updateArgs)
        : insideGuard.run(true, async () => {
            const matches = await rowsMatching(adapter, updateArgs.collection, whereOf(updateArgs), updateArgs.req)
            const isUpsertCreate = matches.length === 0 && updateArgs.options?.upsert === true
            return runGuarded(
              {
                adapter,
                before: matches.slice(0, 1),
                collection: updateArgs.collection,
                data: updateArgs.data,
                operation: isUpsertCreate ? 'create' : 'update',
                req: updateArgs.req,
              },
              () => updateOne.call(adapter, updateArgs),
            )
          })) as typeof updateOne

    adapter.updateMany = (updateArgs) =>
      passThrough(updateArgs.collection)
        ? updateMany.call(adapter, updateArgs)
        : insideGuard.run(true, async () =>
            runGuarded(
              {
                adapter,
                before: await rowsMatching(adapter, updateArgs.collection, updateArgs.where, updateArgs.req),
                collection: updateArgs.collection,
                data: updateArgs.data,
                operation: 'update',
                req: updateArgs.req,
              },
              () => updateMany.call(adapter, updateArgs),
            ),
          )

    adapter.deleteOne = (deleteArgs) =>
      passThrough(deleteArgs.collection)
        ? deleteOne.call(adapter, deleteArgs)
        : insideGuard.run(true, async () =>
            runGuarded(
              {
                adapter,
                before: (await rowsMatching(adapter, deleteArgs.collection, deleteArgs.where, deleteArgs.req)).slice(
                  0,
                  1,
                ),
                collection: deleteArgs.collection,
                data: null,
                operation: 'delete',
                req: deleteArgs.req,
              },
              () => deleteOne.call(adapter, deleteArgs),
            ),
          )

    adapter.deleteMany = (deleteArgs) =>
      passThrough(deleteArgs.collection)
        ? deleteMany.call(adapter, deleteArgs)
        : insideGuard.run(true, async () =>
            runGuarded(
              {
                adapter,
                before: await rowsMatching(adapter, deleteArgs.collection, deleteArgs.where, deleteArgs.req),
                collection: deleteArgs.collection,
                data: null,
                operation: 'delete',
                req: deleteArgs.req,
              },
              () => deleteMany.call(adapter, deleteArgs),
            ),
          )

    // A version marked published is what `?draft=true` reads return to anyone: the same rule holds.
    adapter.createVersion = ((versionArgs) => {
      if (!passThrough(versionArgs.collectionSlug) && versionStatus(versionArgs.versionData) === 'published') {
        const refusal = liveWriteRefusal({
          collection: versionArgs.collectionSlug,
          context: versionArgs.req?.context,
          operation: 'update',
          req: versionArgs.req,
        })
        if (refusal) {
          refuse(refusal)
        }
      }
      return createVersion.call(adapter, versionArgs)
    }) as typeof createVersion

    adapter.updateVersion = ((versionArgs) => {
      if (!passThrough(versionArgs.collection) && versionStatus(versionArgs.versionData?.version) === 'published') {
        const refusal = liveWriteRefusal({
          collection: versionArgs.collection,
          context: versionArgs.req?.context,
          operation: 'update',
          req: versionArgs.req,
        })
        if (refusal) {
          refuse(refusal)
        }
      }
      return updateVersion.call(adapter, versionArgs)
    }) as typeof updateVersion

    return adapter
  },
})
