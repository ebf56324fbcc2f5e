import type { TaskConfig } from 'payload'

import type { User } from '@/payload-types'

import type { ColumnMapping } from './columns'
import type { ImportProgress } from './server'

import { fileToTable } from './parseTable'
import { applyObservationImport, dryRunObservationImport } from './server'

/**
 * Rows written so far by jobs running in this server process. The job document itself only knows
 * queued, running, done or failed; this adds the count while a job runs here.
 */
export const importJobProgress = new Map<string, ImportProgress>()

/**
 * Results of jobs that finished in this process. Payload deletes a job once it completes, so this
 * is where the page finds the counts afterwards (the last few hundred are kept).
 */
export const importJobResults = new Map<string, { created: number; rejected: number; updated: number }>()

export type ImportJobInput = {
  expectedCreate: number
  expectedUpdate: number
  fileBase64: string
  fileName: string
  mapping: ColumnMapping
  userId: number | string
}

/**
 * The observation import as a Payload job, for files too long to wait for: the same dry run and
 * all-or-nothing apply, as the user who queued it. Not retried: a failed import left nothing behind
 * and the analyst decides whether to run it again.
 */
export const importObservationsTask: TaskConfig = {
  slug: 'importObservations',
  handler: async ({ input, job, req }) => {
    const { expectedCreate, expectedUpdate, fileBase64, fileName, mapping, userId } = input as ImportJobInput
    const user = (await req.payload.findByID({
      collection: 'users',
      depth: 0,
      id: userId,
      overrideAccess: true,
    })) as User
    const table = await fileToTable({ bytes: new Uint8Array(Buffer.from(fileBase64, 'base64')), name: fileName })
    const { existing, plan } = await dryRunObservationImport({
      mapping,
      payload: req.payload,
      table,
      user: { ...user, collection: 'users' },
    })
    if (plan.create.length !== expectedCreate || plan.update.length !== expectedUpdate) {
      throw new Error('The observations changed since the dry run; run the dry run again and review it.')
    }
    const key = String(job.id)
    try {
      const result = await applyObservationImport({
        existing,
        mapping,
        onProgress: (progress) => importJobProgress.set(key, progress),
        payload: req.payload,
        plan,
        user: { ...user, collection: 'users' },
      })
      const output = { ...result, rejected: plan.rejected.length }
      importJobResults.set(key, output)
      if (importJobResults.size > 500) {
        importJobResults.delete(importJobResults.keys().next().value!)
      }
      return { output }
    } finally {
      importJobProgress.delete(key)
    }
  },
  inputSchema: [
    { name: 'fileBase64', type: 'textarea', required: true },
    { name: 'fileName', type: 'text', required: true },
    { name: 'mapping', type: 'json', required: true },
    { name: 'userId', type: 'text', required: true },
    { name: 'expectedCreate', type: 'number', required: true },
    { name: 'expectedUpdate', type: 'number', required: true },
  ],
  outputSchema: [
    { name: 'created', type: 'number' },
    { name: 'updated', type: 'number' },
    { name: 'rejected', type: 'number' },
  ],
  retries: 0,
}
