import type { DatabaseAdapterObj } from 'payload'

import { compatibilityOptions, mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'

import { migrations } from '@/migrations'
import { readSetting } from '@/server/settings.mjs'

/** How long a database may take to answer before start-up gives up with an explanation. */
export const CONNECT_TIMEOUT_MS = 12_000

export const isMongoUri = (uri: string): boolean => /^mongodb(\+srv)?:\/\//i.test(uri)

/**
 * Adapter settings for servers that speak the MongoDB protocol without all of MongoDB's features,
 * chosen with `MONGODB_COMPATIBILITY`. Payload ships the DocumentDB, Cosmos DB and Firestore presets;
 * the FerretDB 1.x one is ours.
 */
export const MONGODB_COMPATIBILITY_OPTIONS = {
  ...compatibilityOptions,
  ferretdb: {
    // FerretDB 1.x rejects a transaction's first write ("insert: unknown field \"autocommit\"") and
    // has no `$lookup` stage, which join fields and relationship sorts would otherwise use.
    transactionOptions: false,
    useJoinAggregations: false,
    usePipelineInSortLookup: false,
  },
} as const

export type MongoCompatibility = keyof typeof MONGODB_COMPATIBILITY_OPTIONS

/** The `MONGODB_COMPATIBILITY` preset to apply, or none for a real MongoDB server. */
export const resolveMongoCompatibility = (
  env: Record<string, string | undefined> = process.env,
): MongoCompatibility | undefined => {
  const name = readSetting('MONGODB_COMPATIBILITY', env)
  return name === 'mongodb' ? undefined : name
}

/** The URI with any password replaced by asterisks, safe to print. */
export const maskUri = (uri: string): string => uri.replace(/^([a-z+]+:\/\/[^:/@]+):[^@/]*@/i, '$1:****@')

/**
 * `DATABASE_URI` when set; otherwise an embedded SQLite file under `./data/`. Development and
 * production use different files because a file once pushed to in development refuses migrations.
 */
export const resolveDatabaseUri = (env: Record<string, string | undefined> = process.env): string =>
  readSetting('DATABASE_URI', env)

const adviceFor = (uri: string): string =>
  isMongoUri(uri)
    ? 'Check that the MongoDB server is running and reachable, and that DATABASE_URI (host, port, user, password, replicaSet) is right — or unset DATABASE_URI to use the embedded SQLite file.'
    : 'Check that the directory exists and is writable, or set DATABASE_URI to another file:./path.db or mongodb:// address.'

/** The driver's own explanation, without the adapters' repeated "cannot connect" prefixes. */
const failureReason = (error: unknown): string => {
  let reason = error instanceof Error ? error.message : String(error)
  let previous = ''
  while (reason !== previous) {
    previous = reason
    reason = reason.replace(/^(Error:\s*)?(cannot connect to (MongoDB|SQLite)[:.]?\s*|Details:\s*)/i, '')
  }
  return reason || 'unknown error'
}

const withTimeout = async <T>(work: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms)
      }),
    ])
  } finally {
    clearTimeout(timer)
  }
}

/** Creates the folder of a `file:` database; if that fails, the adapter's own connect reports why. */
const ensureSqliteDirectory = (uri: string): void => {
  const match = /^file:(.+)$/.exec(uri)
  if (match && !match[1].startsWith(':memory:')) {
    try {
      fs.mkdirSync(path.dirname(path.resolve(match[1].replace(/^\/\/(?=\/)/, ''))), { recursive: true })
    } catch {
      return
    }
  }
}

/**
 * Wraps an adapter so that a database that cannot be reached fails start-up quickly, with a message
 * naming the (masked) URI and what to do, instead of a driver stack trace or a hang.
 */
const explainConnectFailures = (adapter: DatabaseAdapterObj, uri: string): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    // SQLite rejects this promise (with no reason) when connect fails; nothing else may be awaiting
    // it yet, and an unhandled rejection would kill the process before our message is printed.
    const { initializing } = instance as { initializing?: Promise<unknown> }
    initializing?.catch(() => undefined)
    const connect = instance.connect
    if (connect) {
      instance.connect = async (options) => {
        try {
          if (!isMongoUri(uri)) {
            ensureSqliteDirectory(uri)
          }
          await withTimeout(connect.call(instance, options), CONNECT_TIMEOUT_MS)
        } catch (error) {
          throw new Error(
            `Cannot connect to the database at ${maskUri(uri)} (${failureReason(error)}). ${adviceFor(uri)}`,
          )
        }
      }
    }
    return instance
  },
})

/** The one place that decides which database Crossroads talks to. */
export const databaseAdapter = (
  uri: string = resolveDatabaseUri(),
  preset?: MongoCompatibility,
): DatabaseAdapterObj => {
  if (isMongoUri(uri)) {
    const compatibility = preset ?? resolveMongoCompatibility()
    return explainConnectFailures(
      mongooseAdapter({
        connectOptions: { serverSelectionTimeoutMS: CONNECT_TIMEOUT_MS - 2_000 },
        // Duplicate checks (ISO codes, slugs, observation series) rely on unique indexes, so they
        // must exist before the first write rather than being built in the background.
        ensureIndexes: true,
        url: uri,
        ...(compatibility ? MONGODB_COMPATIBILITY_OPTIONS[compatibility] : {}),
      }),
      uri,
    )
  }
  return explainConnectFailures(
    sqliteAdapter({
      // Never reuse the ID of a deleted row: the audit trail and the review screens find a
      // document's history by its ID, which a new document must not inherit.
      autoIncrement: true,
      busyTimeout: 5_000,
      client: { url: uri },
      migrationDir: path.resolve(process.cwd(), 'migrations'),
      prodMigrations: migrations,
      // Transactions stay off (Payload's SQLite default): libsql runs each transaction on a fresh
      // connection without our busy timeout, so two concurrent saves fail with SQLITE_BUSY.
      wal: true,
    }),
    uri,
  )
}
