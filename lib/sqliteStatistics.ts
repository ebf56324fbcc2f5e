import type { Payload, Plugin } from 'payload'

const HOUR_MS = 60 * 60 * 1000

type SqliteClient = { execute: (sql: string) => Promise<unknown> }

/**
 * Refreshes SQLite's table statistics where they are missing or out of date. Without them the
 * query planner guesses, and for `(country = ? OR partner = ?) AND _status = ?` it guesses the
 * status index — which matches nearly every row — over the country and partner indexes.
 */
export const optimizeSqlite = async (payload: Payload, pragma = 'PRAGMA optimize'): Promise<void> => {
  if (payload.db.name !== 'sqlite') {
    return
  }
  await (payload.db as unknown as { client: SqliteClient }).client.execute(pragma)
}

/**
 * Runs `PRAGMA optimize` as SQLite's documentation advises for long-lived connections: when the
 * connection opens (checking every table) and then hourly. MongoDB keeps its own statistics.
 */
export const keepSqliteStatistics = (): Plugin => (config) => ({
  ...config,
  onInit: async (payload) => {
    await config.onInit?.(payload)
    await optimizeSqlite(payload, 'PRAGMA optimize=0x10002')
    setInterval(() => {
      optimizeSqlite(payload).catch((err: unknown) =>
        payload.logger.error({ err, msg: 'PRAGMA optimize failed; query plans may use stale statistics' }),
      )
    }, HOUR_MS).unref()
  },
})
