import { describe, expect, it } from 'vitest'

import { mongoDatabaseName, mongoUriWithDatabaseSuffix } from './mongoUri'

describe('per-file MongoDB databases', () => {
  it('should replace the database and keep credentials and options', () => {
    expect(mongoUriWithDatabaseSuffix('mongodb://u:p%40ss@db1:27017,db2:27017/crossroads?replicaSet=rs0', 'a1')).toBe(
      'mongodb://u:p%40ss@db1:27017,db2:27017/crossroads-a1?replicaSet=rs0',
    )
    expect(mongoUriWithDatabaseSuffix('mongodb+srv://cluster.example.net/x?retryWrites=true', 'b2')).toBe(
      'mongodb+srv://cluster.example.net/x-b2?retryWrites=true',
    )
  })

  it('should name a database when the address has none', () => {
    expect(mongoUriWithDatabaseSuffix('mongodb://127.0.0.1:27017', 'c3')).toBe(
      'mongodb://127.0.0.1:27017/crossroads-test-c3',
    )
    expect(mongoUriWithDatabaseSuffix('mongodb://127.0.0.1:27017/?replicaSet=rs0', 'c3')).toBe(
      'mongodb://127.0.0.1:27017/crossroads-test-c3?replicaSet=rs0',
    )
  })

  it('should keep the name within MongoDB’s 63-byte limit', () => {
    const name = mongoDatabaseName(mongoUriWithDatabaseSuffix(`mongodb://h/${'a'.repeat(80)}`, 'suffix'))
    expect(name.length).toBeLessThanOrEqual(63)
    expect(name.endsWith('-suffix')).toBe(true)
  })

  it('should read the database name back', () => {
    expect(mongoDatabaseName('mongodb://h:1/crossroads-x?replicaSet=rs0')).toBe('crossroads-x')
    expect(mongoDatabaseName('mongodb://h:1')).toBe('test')
  })

  it('should refuse anything that is not a MongoDB address', () => {
    expect(() => mongoUriWithDatabaseSuffix('file:./data/dev.db', 'x')).toThrow(/Not a MongoDB address/)
  })
})
