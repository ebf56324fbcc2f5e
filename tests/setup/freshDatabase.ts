import fs from 'node:fs'
import path from 'node:path'
import { afterAll } from 'vitest'

/**
 * Runs before each integration test file, before it imports the Payload config: points the file at
 * a new, empty SQLite database (unless DATABASE_URI names another server, e.g. MongoDB) and removes
 * the file afterwards.
 */
const directory = path.resolve('data/test')
const configured = process.env.DATABASE_URI
if (!configured || configured.startsWith('file:')) {
  fs.mkdirSync(directory, { recursive: true })
  const file = path.join(directory, `int-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.db`)
  process.env.DATABASE_URI = `file:${file}`
  process.env.MEDIA_DIR = `${file}-media`
  afterAll(() => {
    for (const suffix of ['', '-wal', '-shm', '-journal', '-media']) {
      fs.rmSync(`${file}${suffix}`, { force: true, recursive: true })
    }
  })
}
process.env.PAYLOAD_SECRET ||= 'integration-test-secret'
