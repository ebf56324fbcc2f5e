import type { Endpoint, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

import { hasRole } from '@/access/roles'
import { ImportLimitError } from '@/lib/import/archiveLimits'
import { readFormWithin, RequestTooLargeError } from '@/lib/import/requestBody'
import { ImportRolledBackError } from '@/lib/import/rollback'

import type { ColumnMapping } from './columns'
import type { ImportPlan, ReadRow } from './plan'

import { guessMapping, IMPORT_FIELDS, missingRequiredFields } from './columns'
import { findObservationsForExport, observationsToRows, rowsToCsv, rowsToXlsx } from './export'
import { importJobProgress, importJobResults } from './job'
import { fileToTable } from './parseTable'
import { applyObservationImport, dryRunObservationImport } from './server'

/** How many rows of each kind a dry run sends back to show; the counts always cover every row. */
const SHOWN_ROWS = 500

const MAX_FILE_BYTES = 25 * 1024 * 1024

/** The upload with its form fields (mapping, reviewed counts); a larger request is refused unread. */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_FILE_BYTES + 1024 * 1024

class ImportRequestError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message)
  }
}

const staffUser = (req: PayloadRequest): User => {
  if (!req.user || !hasRole(req.user, 'admin', 'editor', 'analyst')) {
    throw new ImportRequestError('Sign in as staff to import or export observations.', 401)
  }
  return req.user as User
}

/** A mapping sent back by the page: field → column index, each index within the file's columns. */
const readMapping = (text: string, columnCount: number): ColumnMapping => {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new ImportRequestError('The column mapping could not be read; choose the columns again.')
  }
  const known = new Set<string>(IMPORT_FIELDS.map((field) => field.key))
  const entries = Object.entries(parsed && typeof parsed === 'object' ? parsed : {})
  if (
    entries.some(([key, column]) => !known.has(key) || !Number.isInteger(column) || column < 0 || column >= columnCount)
  ) {
    throw new ImportRequestError(
      'The column mapping names a field or column that does not exist; choose the columns again.',
    )
  }
  return Object.fromEntries(entries) as ColumnMapping
}

const readUpload = async (req: PayloadRequest) => {
  const form = await readFormWithin({ maxBytes: MAX_UPLOAD_REQUEST_BYTES, req, what: 'upload' })
  const file = form.get('file')
  if (!(file instanceof Blob) || file.size === 0) {
    throw new ImportRequestError('Choose a CSV or XLSX file to import.')
  }
  if (file.size > MAX_FILE_BYTES) {
    throw new ImportRequestError('The file is larger than 25 MB; split it into several imports.')
  }
  const name = 'name' in file && typeof file.name === 'string' ? file.name : 'upload.csv'
  let table
  try {
    table = await fileToTable({ bytes: new Uint8Array(await file.arrayBuffer()), name })
  } catch (error) {
    if (error instanceof ImportLimitError) {
      throw new ImportRequestError(`“${name}”: ${error.message}`)
    }
    throw new ImportRequestError(`“${name}” could not be read as CSV or XLSX.`)
  }
  if (table.headers.length === 0 || table.rows.length === 0) {
    throw new ImportRequestError(`“${name}” has no header row or no data rows.`)
  }
  const mappingText = form.get('mapping')
  const mapping =
    typeof mappingText === 'string' && mappingText
      ? readMapping(mappingText, table.headers.length)
      : guessMapping(table.headers)
  const missing = missingRequiredFields(mapping)
  return { form, mapping, missing, name, table }
}

const failure = (error: unknown, req: PayloadRequest) => {
  if (error instanceof ImportRequestError || error instanceof RequestTooLargeError) {
    return Response.json({ error: error.message }, { status: error.status })
  }
  req.payload.logger.error({ err: error, msg: 'Observation import failed' })
  return Response.json(
    { error: 'The import failed on the server; nothing was written. Try again or ask an admin.' },
    { status: 500 },
  )
}

const flagsOf = (row: ReadRow) => (row.anomaly?.flags ?? []).map(({ code, message }) => ({ code, message }))

/** Flagged rows first, riskiest first, so a slip deep in a large sheet is listed. */
const byRisk = <T extends ReadRow>(rows: T[]): T[] =>
  [...rows].sort((a, b) => (b.anomaly?.score ?? 0) - (a.anomaly?.score ?? 0) || a.line - b.line)

const summarize = (plan: ImportPlan) => ({
  counts: {
    create: plan.create.length,
    flagged: [...plan.create, ...plan.update].filter((row) => row.anomaly?.isFlagged).length,
    rejected: plan.rejected.length,
    unchanged: plan.unchanged.length,
    update: plan.update.length,
  },
  create: byRisk(plan.create)
    .slice(0, SHOWN_ROWS)
    .map((row) => ({
      flags: flagsOf(row),
      line: row.line,
      title: row.title,
      unit: row.data.unit,
      value: row.data.value,
    })),
  rejected: plan.rejected.slice(0, SHOWN_ROWS).map((row) => ({ line: row.line, reasons: row.reasons })),
  unchanged: plan.unchanged.slice(0, SHOWN_ROWS).map((row) => ({ line: row.line, title: row.title })),
  update: byRisk(plan.update)
    .slice(0, SHOWN_ROWS)
    .map((row) => ({ changes: row.changes, flags: flagsOf(row), line: row.line, title: row.title })),
})

export type DryRunResponse = {
  headers: string[]
  mapping: ColumnMapping
  missing: string[]
  name: string
  plan: null | ReturnType<typeof summarize>
  rowCount: number
  sample: string[][]
}

/** Reads an upload, guesses or takes the column mapping, and answers what an import would do. */
const dryRunEndpoint: Endpoint = {
  handler: async (req) => {
    try {
      const user = staffUser(req)
      const { mapping, missing, name, table } = await readUpload(req)
      const body: DryRunResponse = {
        headers: table.headers,
        mapping,
        missing,
        name,
        plan: null,
        rowCount: table.rows.length,
        sample: table.rows.slice(0, 5).map((row) => row.cells),
      }
      if (missing.length === 0) {
        const { plan } = await dryRunObservationImport({ mapping, payload: req.payload, table, user })
        body.plan = summarize(plan)
      }
      return Response.json(body)
    } catch (error) {
      return failure(error, req)
    }
  },
  method: 'post',
  path: '/import/observations/dry-run',
}

/**
 * Plans the upload again (the database may have changed since the dry run), refuses if the counts
 * differ from what the analyst reviewed, then applies it and streams progress as JSON lines.
 */
const applyEndpoint: Endpoint = {
  handler: async (req) => {
    try {
      const user = staffUser(req)
      const { form, mapping, missing, table } = await readUpload(req)
      if (missing.length > 0) {
        throw new ImportRequestError(`Map a column to: ${missing.join(', ')}.`)
      }
      const { existing, plan } = await dryRunObservationImport({ mapping, payload: req.payload, table, user })
      const reviewed = JSON.parse(String(form.get('expected') ?? '{}')) as Partial<Record<string, number>>
      const counts = summarize(plan).counts
      if (reviewed.create !== counts.create || reviewed.update !== counts.update) {
        throw new ImportRequestError(
          'The observations changed since your dry run (someone else saved some of them). Run the dry run again and review it.',
          409,
        )
      }
      const encoder = new TextEncoder()
      const stream = new ReadableStream<Uint8Array>({
        start: async (controller) => {
          const send = (message: object) => controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`))
          try {
            const result = await applyObservationImport({
              existing,
              mapping,
              onProgress: (progress) => send({ ...progress, type: 'progress' }),
              payload: req.payload,
              plan,
              user,
            })
            send({ ...result, type: 'done' })
          } catch (error) {
            req.payload.logger.error({ err: error, msg: 'Observation import rolled back' })
            const detail = error instanceof Error ? error.message : String(error)
            const isPartlyKept = error instanceof ImportRolledBackError && error.notUndone.length > 0
            send({
              message: isPartlyKept ? `The import failed: ${detail}` : `Nothing was imported: ${detail}`,
              type: 'error',
            })
          }
          controller.close()
        },
      })
      return new Response(stream, { headers: { 'Content-Type': 'application/x-ndjson' } })
    } catch (error) {
      return failure(error, req)
    }
  },
  method: 'post',
  path: '/import/observations/apply',
}

/**
 * Queues the import as a Payload job and starts it in this process; the page then polls the job.
 * The counts the analyst reviewed travel with the job, which refuses to run if they changed.
 */
const queueEndpoint: Endpoint = {
  handler: async (req) => {
    try {
      const user = staffUser(req)
      const { form, mapping, missing, name } = await readUpload(req)
      if (missing.length > 0) {
        throw new ImportRequestError(`Map a column to: ${missing.join(', ')}.`)
      }
      const reviewed = JSON.parse(String(form.get('expected') ?? '{}')) as Partial<Record<string, number>>
      const file = form.get('file') as Blob
      const job = await req.payload.jobs.queue({
        input: {
          expectedCreate: Number(reviewed.create ?? -1),
          expectedUpdate: Number(reviewed.update ?? -1),
          fileBase64: Buffer.from(await file.arrayBuffer()).toString('base64'),
          fileName: name,
          mapping,
          userId: String(user.id),
        },
        task: 'importObservations',
      })
      void req.payload.jobs.runByID({ id: job.id }).catch((error: unknown) => {
        req.payload.logger.error({ err: error, msg: `Observation import job ${job.id} failed` })
      })
      return Response.json({ jobId: job.id })
    } catch (error) {
      return failure(error, req)
    }
  },
  method: 'post',
  path: '/import/observations/jobs',
}

export type ImportJobStatus = {
  error: null | string
  output: null | { created?: null | number; rejected?: null | number; updated?: null | number }
  progress: null | { done: number; total: number }
  state: 'done' | 'failed' | 'queued' | 'running'
}

/** State of a queued import, for the analyst who queued it (and editors). */
const jobStatusEndpoint: Endpoint = {
  handler: async (req) => {
    try {
      const user = staffUser(req)
      const id = String(req.routeParams?.id ?? '')
      const job = await req.payload.findByID({
        collection: 'payload-jobs',
        depth: 0,
        disableErrors: true,
        id,
        overrideAccess: true,
      })
      const finished = importJobResults.get(id)
      if (!job && finished) {
        return Response.json({ error: null, output: finished, progress: null, state: 'done' } satisfies ImportJobStatus)
      }
      const input = job?.input as { userId?: string } | undefined
      if (
        !job ||
        job.taskSlug !== 'importObservations' ||
        (input?.userId !== String(user.id) && !hasRole(user, 'admin', 'editor'))
      ) {
        throw new ImportRequestError('No such import job.', 404)
      }
      const taskError = job.log?.find((entry) => entry.state === 'failed')?.error as { message?: string } | undefined
      const status: ImportJobStatus = {
        error: job.hasError ? (taskError?.message ?? 'The import failed; nothing was written.') : null,
        output: null,
        progress: importJobProgress.get(String(job.id)) ?? null,
        state: job.hasError ? 'failed' : job.processing ? 'running' : 'queued',
      }
      return Response.json(status)
    } catch (error) {
      return failure(error, req)
    }
  },
  method: 'get',
  path: '/import/observations/jobs/:id',
}

/** Observations as CSV or XLSX, filtered by `indicator` (slug), `country` (ISO3), `from` and `to` (years). */
const exportEndpoint: Endpoint = {
  handler: async (req) => {
    try {
      const user = staffUser(req)
      const params = new URL(req.url!).searchParams
      const format = params.get('format') === 'xlsx' ? 'xlsx' : 'csv'
      const filter = {
        country: params.get('country') || undefined,
        from: params.get('from') || undefined,
        indicator: params.get('indicator') || undefined,
        to: params.get('to') || undefined,
      }
      const { reference, rows } = await findObservationsForExport({ filter, payload: req.payload, user })
      const table = observationsToRows(rows, reference)
      const stamp = new Date().toISOString().slice(0, 10)
      if (format === 'xlsx') {
        return new Response(Buffer.from(await rowsToXlsx(table)), {
          headers: {
            'Content-Disposition': `attachment; filename="observations-${stamp}.xlsx"`,
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          },
        })
      }
      return new Response(rowsToCsv(table), {
        headers: {
          'Content-Disposition': `attachment; filename="observations-${stamp}.csv"`,
          'Content-Type': 'text/csv; charset=utf-8',
        },
      })
    } catch (error) {
      return failure(error, req)
    }
  },
  method: 'get',
  path: '/export/observations',
}

export const observationImportEndpoints: Endpoint[] = [
  dryRunEndpoint,
  applyEndpoint,
  queueEndpoint,
  jobStatusEndpoint,
  exportEndpoint,
]
