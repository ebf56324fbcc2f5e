const DEFAULT_DATABASE = 'crossroads-test'

/**
 * The same MongoDB address with the database in its path replaced by `<database>-<suffix>`, keeping
 * credentials and options such as `replicaSet`. Test files use this to get a database of their own.
 */
export const mongoUriWithDatabaseSuffix = (uri: string, suffix: string): string => {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?#]+)(?:\/([^?#]*))?(.*)$/i.exec(uri)
  if (!match) {
    throw new Error(`Not a MongoDB address: ${uri}`)
  }
  const [, server, database, options] = match
  // MongoDB caps database names at 63 bytes; keep the suffix intact.
  const base = (decodeURIComponent(database || '') || DEFAULT_DATABASE).slice(0, 62 - suffix.length)
  return `${server}/${encodeURIComponent(`${base}-${suffix}`)}${options}`
}

/** The database named in a MongoDB address (`test` when it names none, as the driver does). */
export const mongoDatabaseName = (uri: string): string => {
  const match = /^mongodb(?:\+srv)?:\/\/[^/?#]+\/([^?#]*)/i.exec(uri)
  return decodeURIComponent(match?.[1] || '') || 'test'
}
