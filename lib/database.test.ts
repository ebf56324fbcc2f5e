import { describe, expect, it } from 'vitest'

import type { MongoCompatibility } from './database'

import {
  databaseAdapter,
  isMongoUri,
  maskUri,
  MONGODB_COMPATIBILITY_OPTIONS,
  resolveDatabaseUri,
  resolveMongoCompatibility,
} from './database'

describe('database selection', () => {
  it('should use MongoDB only for mongodb:// and mongodb+srv:// addresses', () => {
    expect(isMongoUri('mongodb://localhost:27017/crossroads')).toBe(true)
    expect(isMongoUri('mongodb+srv://cluster.example.net/crossroads')).toBe(true)
    expect(isMongoUri('file:./data/crossroads.db')).toBe(false)
    expect(isMongoUri('postgres://localhost/crossroads')).toBe(false)
  })

  it('should default to separate SQLite files for development and production', () => {
    expect(resolveDatabaseUri({ NODE_ENV: 'development' })).toBe('file:./data/dev.db')
    expect(resolveDatabaseUri({ NODE_ENV: 'production' })).toBe('file:./data/crossroads.db')
    expect(resolveDatabaseUri({ DATABASE_URI: 'mongodb://db/x', NODE_ENV: 'production' })).toBe('mongodb://db/x')
  })

  it('should hide the password when printing a URI', () => {
    expect(maskUri('mongodb://editor:s3cr%40t@db.example.org:27017/crossroads')).toBe(
      'mongodb://editor:****@db.example.org:27017/crossroads',
    )
    expect(maskUri('file:./data/dev.db')).toBe('file:./data/dev.db')
  })
})

describe('MongoDB-compatible servers', () => {
  const optionsOf = (compatibility?: MongoCompatibility) =>
    databaseAdapter('mongodb://127.0.0.1:27017/crossroads', compatibility).init({
      payload: {} as never,
    }) as unknown as {
      ensureIndexes: boolean
      transactionOptions?: object
      useJoinAggregations: boolean
      usePipelineInSortLookup: boolean
    }

  it('should use MongoDB’s own features when no compatibility preset is named', () => {
    expect(resolveMongoCompatibility({})).toBeUndefined()
    expect(resolveMongoCompatibility({ MONGODB_COMPATIBILITY: 'mongodb' })).toBeUndefined()
    expect(optionsOf()).toMatchObject({
      ensureIndexes: true,
      transactionOptions: {},
      useJoinAggregations: true,
      usePipelineInSortLookup: true,
    })
  })

  it('should turn off transactions and $lookup for FerretDB', () => {
    expect(resolveMongoCompatibility({ MONGODB_COMPATIBILITY: ' FerretDB ' })).toBe('ferretdb')
    const options = optionsOf('ferretdb')
    expect(options.transactionOptions).toBeUndefined()
    expect(options).toMatchObject({ ensureIndexes: true, useJoinAggregations: false, usePipelineInSortLookup: false })
  })

  it('should offer Payload’s own presets for other servers', () => {
    expect(resolveMongoCompatibility({ MONGODB_COMPATIBILITY: 'documentdb' })).toBe('documentdb')
    expect(MONGODB_COMPATIBILITY_OPTIONS.documentdb).toMatchObject({ disableIndexHints: true })
  })

  it('should refuse an unknown preset and list the known ones', () => {
    expect(() => resolveMongoCompatibility({ MONGODB_COMPATIBILITY: 'couchdb' })).toThrow(
      /MONGODB_COMPATIBILITY=couchdb is not one of: mongodb, cosmosdb, documentdb, firestore, ferretdb/,
    )
  })
})
