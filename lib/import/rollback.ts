import type { Payload, Where } from 'payload'

type Id = number | string

type ImportedCollection = 'articles' | 'authors' | 'events' | 'observations'

export type LatestVersion = { id: Id; updatedAt: string }

/** One document an import wrote, and the span of time its write took. */
export type ImportWrite = {
  collection: ImportedCollection
  /** When the write started and ended (ISO): the versions and audit rows it made fall inside. */
  from: string
  id: Id
  /** Created by the import; otherwise the import saved a new draft of an existing document. */
  isCreated: boolean
  /** For a changed document, the version that was newest before the import. */
  previousLatest: LatestVersion | null
  to: string
}

/** What an import wrote, as whom, since when: enough to undo exactly that and nothing else. */
export type ImportJournal = { actor: Id; startedAt: string; writes: ImportWrite[] }

/** A write left in place because someone else's work now depends on it. */
export type NotUndone = { collection: ImportedCollection; id: Id; reason: string }

/** An import that failed and was undone, except for `notUndone` (kept so that nobody's work is lost). */
export class ImportRolledBackError extends Error {
  override name = 'ImportRolledBackError'

  constructor(
    readonly failure: unknown,
    readonly notUndone: NotUndone[],
  ) {
    const reason = failure instanceof Error ? failure.message : String(failure)
    super(
      notUndone.length === 0
        ? reason
        : `${reason} The import was undone except for ${notUndone.length} document(s) that colleagues changed or used meanwhile, kept as they are: ${notUndone
            .map((item) => `${item.collection} ${item.id} (${item.reason})`)
            .join('; ')}.`,
    )
  }
}

export const nowIso = (): string => new Date().toISOString()

const CHUNK = 500

const time = (value: unknown) => new Date(String(value)).getTime()

const inWindow = (at: unknown, write: ImportWrite) => time(at) >= time(write.from) && time(at) <= time(write.to)

type StoredVersion = { createdAt: string; id: Id; parent: Id | { id: Id } }

const parentOf = (version: StoredVersion) =>
  String(typeof version.parent === 'object' ? version.parent.id : version.parent)

/**
 * Undoes an import's writes, and only those. A created document is deleted with its versions; a
 * changed one loses the draft versions the import saved and gets its previous newest version back.
 * A document someone else saved a version of after the import wrote it, or changed directly
 * (published, say), is left alone, as is one `isInUse` says another document now depends on: both
 * are returned, so the person who imported hears what could not be undone. Runs on the database
 * adapter because it removes the system's own half-finished work, which the importing user could
 * not delete through access control (SQLite transactions are off, FerretDB has none).
 */
export const undoImport = async ({
  isInUse,
  journal,
  payload,
}: {
  isInUse?: (write: ImportWrite) => Promise<null | string>
  journal: ImportJournal
  payload: Payload
}): Promise<NotUndone[]> => {
  const notUndone: NotUndone[] = []
  for (const collection of ['observations', 'events', 'articles', 'authors'] as const) {
    const writes = journal.writes.filter((write) => write.collection === collection)
    for (let index = 0; index < writes.length; index += CHUNK) {
      notUndone.push(
        ...(await undoChunk({ collection, isInUse, journal, payload, writes: writes.slice(index, index + CHUNK) })),
      )
    }
  }
  return notUndone
}

const undoChunk = async ({
  collection,
  isInUse,
  journal,
  payload,
  writes,
}: {
  collection: ImportedCollection
  isInUse?: (write: ImportWrite) => Promise<null | string>
  journal: ImportJournal
  payload: Payload
  writes: ImportWrite[]
}): Promise<NotUndone[]> => {
  const ids = writes.map((write) => write.id)
  const { docs: versions } = (await payload.db.findVersions({
    collection,
    limit: 0,
    pagination: false,
    where: { parent: { in: ids } },
  })) as unknown as { docs: StoredVersion[] }
  const { docs: documents } = await payload.db.find<{ id: Id; updatedAt: string }>({
    collection,
    limit: 0,
    pagination: false,
    where: { id: { in: ids } },
  })
  const versionsByParent = new Map<string, StoredVersion[]>()
  for (const version of versions) {
    versionsByParent.set(parentOf(version), [...(versionsByParent.get(parentOf(version)) ?? []), version])
  }
  const updatedAtById = new Map(documents.map((doc) => [String(doc.id), doc.updatedAt]))
  const notUndone: NotUndone[] = []
  const created: Id[] = []
  const changed: { ownVersions: Id[]; write: ImportWrite }[] = []
  for (const write of writes) {
    const relevant = (versionsByParent.get(String(write.id)) ?? []).filter(
      (version) => write.isCreated || time(version.createdAt) >= time(journal.startedAt),
    )
    const ownVersions = relevant.filter((version) => inWindow(version.createdAt, write))
    const updatedAt = updatedAtById.get(String(write.id))
    const isChangedSince = updatedAt !== undefined && time(updatedAt) > time(write.to)
    const reason =
      relevant.length > ownVersions.length
        ? 'someone saved a newer version'
        : isChangedSince
          ? 'someone changed it'
          : write.isCreated
            ? await (isInUse?.(write) ?? null)
            : null
    if (reason) {
      notUndone.push({ collection, id: write.id, reason })
    } else if (write.isCreated) {
      created.push(write.id)
    } else {
      changed.push({ ownVersions: ownVersions.map((version) => version.id), write })
    }
  }
  const undone = [...created, ...changed.map(({ write }) => write.id)]
  if (undone.length > 0) {
    // The import's own audit-trail rows: its submissions never happened.
    await payload.db.deleteMany({
      collection: 'workflow-events',
      where: {
        and: [
          { documentCollection: { equals: collection } },
          { documentId: { in: undone.map(String) } },
          { actor: { equals: journal.actor } },
          { createdAt: { greater_than_equal: journal.startedAt } },
        ],
      },
    })
  }
  if (created.length > 0) {
    await payload.db.deleteVersions({ collection, where: { parent: { in: created } } })
    await payload.db.deleteMany({ collection, where: { id: { in: created } } })
  }
  const ownVersions = changed.flatMap((item) => item.ownVersions)
  if (ownVersions.length > 0) {
    await payload.db.deleteVersions({ collection, where: { id: { in: ownVersions } } as Where })
  }
  for (const { write } of changed) {
    if (write.previousLatest) {
      await payload.db.updateVersion({
        collection,
        id: write.previousLatest.id,
        returning: false,
        // Only these two columns change; the version's content stays as stored.
        versionData: { latest: true, updatedAt: write.previousLatest.updatedAt } as never,
      })
    }
  }
  return notUndone
}
