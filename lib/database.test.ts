import { describe, expect, it } from 'vitest'

import { isMongoUri, maskUri, resolveDatabaseUri } from './database'

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
