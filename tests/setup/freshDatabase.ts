import fs from 'node:fs'
import path from 'node:path'
import { afterAll } from 'vitest'

import { mongoDatabaseName, mongoUriWithDatabaseSuffix } from '@/tests/helpers/mongoUri'

/**
 * Runs before each integration test file, before it imports the Payload config: points the file at
 * a new, empty database — its own SQLite file, or its own database on the MongoDB server that
 * DATABASE_URI names — and removes it afterwards.
 */
const configured = process.env.DATABASE_URI
const suffix = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`

if (configured && /^mongodb(\+srv)?:\/\//i.test(configured)) {
  const uri = mongoUriWithDatabaseSuffix(configured, `int-${suffix}`)
  process.env.DATABASE_URI = uri
  process.env.MEDIA_DIR = path.resolve(`data/test/int-${suffix}-media`)
  // Vitest runs after-all hooks in reverse order, so this runs once the test file has destroyed
  // its Payload instance; hence a client of its own (the driver mongoose itself uses).
  afterAll(async () => {
    const { MongoClient } = await import('mongodb')
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10_000 })
    try {
      await client.db(mongoDatabaseName(uri)).dropDatabase()
    } finally {
      await client.close()
    }
    fs.rmSync(process.env.MEDIA_DIR!, { force: true, recursive: true })
  })
} else if (!configured || configured.startsWith('file:')) {
  const directory = path.resolve('data/test')
  fs.mkdirSync(directory, { recursive: true })
  const file = path.join(directory, `int-${suffix}.db`)
  process.env.DATABASE_URI = `file:${file}`
  process.env.MEDIA_DIR = `${file}-media`
  afterAll(() => {
    for (const extension of ['', '-wal', '-shm', '-journal', '-media']) {
      fs.rmSync(`${file}${extension}`, { force: true, recursive: true })
    }
  })
}
process.env.PAYLOAD_SECRET ||= 'integration-test-secret'
