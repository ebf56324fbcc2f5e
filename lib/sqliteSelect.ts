import type { Payload } from 'payload'

type SelectBuilder = {
  select: (columns: Record<string, unknown>) => {
    from: (table: unknown) => { where: (condition: unknown) => Promise<Record<string, unknown>[]> }
  }
}

/**
 * The SQLite adapter's drizzle instance and tables, for the few reads that select plain columns
 * instead of going through the adapter's per-field transform (imports of tens of thousands of rows).
 * Only for `payload.db.name === 'sqlite'`.
 */
export const sqliteSelectAdapter = (payload: Payload) =>
  payload.db as unknown as { drizzle: SelectBuilder; tables: Record<string, Record<string, never>> }
