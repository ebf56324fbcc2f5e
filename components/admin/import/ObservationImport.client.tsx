'use client'

import { Button } from '@payloadcms/ui'
import Link from 'next/link'
import React, { useState } from 'react'

import type { DryRunResponse, ImportJobStatus } from '@/lib/import/observations/endpoints'

import { IMPORT_FIELDS } from '@/lib/import/observations/columns'

import { AnomalyBadges } from '@/components/admin/review/AnomalyBadges'

import { ObservationExport } from './ObservationExport.client'
import styles from './import.module.css'

type Mapping = DryRunResponse['mapping']
type Progress = { done: number; total: number }

const postFile = (path: string, file: File, extra: Record<string, string>) => {
  const form = new FormData()
  form.set('file', file)
  for (const [key, value] of Object.entries(extra)) {
    form.set(key, value)
  }
  return fetch(path, { body: form, credentials: 'include', method: 'POST' })
}

const readError = async (response: Response) => {
  const body = (await response.json().catch(() => null)) as { error?: string } | null
  return body?.error ?? `The server answered ${response.status}.`
}

/** Upload → column mapping → dry run → apply with progress, for observation spreadsheets. */
export const ObservationImport = () => {
  const [file, setFile] = useState<File | null>(null)
  const [result, setResult] = useState<DryRunResponse | null>(null)
  const [mapping, setMapping] = useState<Mapping>({})
  const [error, setError] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<null | Progress>(null)
  const [finished, setFinished] = useState<null | { created: number; updated: number }>(null)

  const dryRun = async (chosen: File, chosenMapping?: Mapping) => {
    setBusy(true)
    setError(null)
    setFinished(null)
    try {
      const response = await postFile(
        '/api/import/observations/dry-run',
        chosen,
        chosenMapping ? { mapping: JSON.stringify(chosenMapping) } : {},
      )
      if (!response.ok) {
        setResult(null)
        setError(await readError(response))
        return
      }
      const body = (await response.json()) as DryRunResponse
      setResult(body)
      setMapping(body.mapping)
    } finally {
      setBusy(false)
    }
  }

  const apply = async () => {
    if (!file || !result?.plan) {
      return
    }
    setBusy(true)
    setError(null)
    setProgress({ done: 0, total: result.plan.counts.create + result.plan.counts.update })
    try {
      const response = await postFile('/api/import/observations/apply', file, {
        expected: JSON.stringify(result.plan.counts),
        mapping: JSON.stringify(mapping),
      })
      if (!response.ok || !response.body) {
        setError(await readError(response))
        return
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffered = ''
      for (;;) {
        const { done, value } = await reader.read()
        if (done) {
          break
        }
        buffered += value
        const lines = buffered.split('\n')
        buffered = lines.pop() ?? ''
        for (const line of lines.filter(Boolean)) {
          const message = JSON.parse(line) as
            | { created: number; type: 'done'; updated: number }
            | { done: number; total: number; type: 'progress' }
            | { message: string; type: 'error' }
          if (message.type === 'progress') {
            setProgress({ done: message.done, total: message.total })
          } else if (message.type === 'done') {
            setFinished({ created: message.created, updated: message.updated })
            setResult(null)
          } else {
            setError(message.message)
          }
        }
      }
    } finally {
      setBusy(false)
      setProgress(null)
    }
  }

  const runAsJob = async () => {
    if (!file || !result?.plan) {
      return
    }
    setBusy(true)
    setError(null)
    try {
      const response = await postFile('/api/import/observations/jobs', file, {
        expected: JSON.stringify(result.plan.counts),
        mapping: JSON.stringify(mapping),
      })
      if (!response.ok) {
        setError(await readError(response))
        return
      }
      const { jobId } = (await response.json()) as { jobId: number | string }
      setProgress({ done: 0, total: result.plan.counts.create + result.plan.counts.update })
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 1000))
        const statusResponse = await fetch(`/api/import/observations/jobs/${jobId}`, { credentials: 'include' })
        if (!statusResponse.ok) {
          setError(await readError(statusResponse))
          return
        }
        const status = (await statusResponse.json()) as ImportJobStatus
        if (status.progress) {
          setProgress(status.progress)
        }
        if (status.state === 'failed') {
          setError(`Nothing was imported: ${status.error}`)
          return
        }
        if (status.state === 'done') {
          setFinished({ created: status.output?.created ?? 0, updated: status.output?.updated ?? 0 })
          setResult(null)
          return
        }
      }
    } finally {
      setBusy(false)
      setProgress(null)
    }
  }

  const plan = result?.plan
  const counts = plan?.counts

  return (
    <>
      <section className={styles.section}>
        <h2>1. Choose a spreadsheet</h2>
        <p className={styles.hint}>
          CSV (comma, semicolon or tab separated, any decimal style) or XLSX; one observation per row, with a header
          row. Nothing is written until you review the dry run and apply it.
        </p>
        <label className={styles.field}>
          Spreadsheet (CSV or XLSX)
          <input
            accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null
              setFile(chosen)
              setResult(null)
              if (chosen) {
                void dryRun(chosen)
              }
            }}
            type="file"
          />
        </label>
      </section>

      {error ? (
        <p className={styles.error} role="alert">
          {error}
        </p>
      ) : null}

      {finished ? (
        <p className={styles.success} role="status">
          Imported {finished.created} new and {finished.updated} changed observations as drafts, submitted for review.{' '}
          <Link href="/admin/review?collection=observations">See the review queue</Link>
        </p>
      ) : null}

      {result && file ? (
        <section className={styles.section}>
          <h2>2. Match the columns</h2>
          <p className={styles.hint}>
            {result.rowCount} rows in “{result.name}”. Columns were matched by their headers; change any that is wrong.
          </p>
          <div className={styles.grid}>
            {IMPORT_FIELDS.map((field) => (
              <label key={field.key}>
                {field.label}
                {field.required ? ' *' : ''}
                <select
                  disabled={busy}
                  onChange={(event) => {
                    const next = { ...mapping }
                    if (event.target.value === '') {
                      delete next[field.key]
                    } else {
                      next[field.key] = Number(event.target.value)
                    }
                    setMapping(next)
                  }}
                  value={mapping[field.key] ?? ''}
                >
                  <option value="">— not in the file —</option>
                  {result.headers.map((header, index) => (
                    <option key={`${header}-${index}`} value={index}>
                      {header || `Column ${index + 1}`}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <div className={styles.actions}>
            <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => void dryRun(file, mapping)}>
              Check again with this mapping
            </Button>
            {result.missing.length > 0 ? (
              <span className={styles.error}>Map a column to: {result.missing.join(', ')}.</span>
            ) : null}
          </div>
        </section>
      ) : null}

      {plan && counts ? (
        <section className={styles.section} aria-label="Dry run">
          <h2>3. Dry run</h2>
          <div className={styles.counts}>
            <div className={`${styles.count} ${styles.create}`}>
              <strong>{counts.create}</strong> new
            </div>
            <div className={`${styles.count} ${styles.update}`}>
              <strong>{counts.update}</strong> changed
            </div>
            <div className={styles.count}>
              <strong>{counts.unchanged}</strong> unchanged
            </div>
            <div className={`${styles.count} ${styles.rejected}`}>
              <strong>{counts.rejected}</strong> rejected
            </div>
          </div>
          {counts.flagged > 0 ? (
            <p className={styles.hint} role="status">
              {counts.flagged} {counts.flagged === 1 ? 'figure is' : 'figures are'} flagged against the published series
              (listed first). Correct the sheet, or import it and give each flagged figure a “Reason for this change”:
              an editor cannot approve it without one.
            </p>
          ) : null}

          {plan.rejected.length > 0 ? (
            <table className={styles.table} aria-label="Rejected rows">
              <caption style={{ textAlign: 'left', fontWeight: 600 }}>Rejected rows (not imported)</caption>
              <thead>
                <tr>
                  <th>Row</th>
                  <th>Why</th>
                </tr>
              </thead>
              <tbody>
                {plan.rejected.map((row) => (
                  <tr key={row.line}>
                    <td>{row.line}</td>
                    <td>{row.reasons.join(' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}

          {plan.update.length > 0 ? (
            <table className={styles.table} aria-label="Changed observations">
              <caption style={{ textAlign: 'left', fontWeight: 600 }}>Changes to existing observations</caption>
              <thead>
                <tr>
                  <th>Row</th>
                  <th>Observation</th>
                  <th>Change</th>
                  <th>Flags</th>
                </tr>
              </thead>
              <tbody>
                {plan.update.map((row) => (
                  <tr key={row.line}>
                    <td>{row.line}</td>
                    <td>{row.title}</td>
                    <td>
                      {row.changes.map((change) => (
                        <div key={change.field}>
                          {change.field}: {change.from} → {change.to}
                        </div>
                      ))}
                    </td>
                    <td>
                      <AnomalyBadges flags={row.flags} withMessages />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}

          {plan.create.length > 0 ? (
            <table className={styles.table} aria-label="New observations">
              <caption style={{ textAlign: 'left', fontWeight: 600 }}>New observations</caption>
              <thead>
                <tr>
                  <th>Row</th>
                  <th>Observation</th>
                  <th>Value</th>
                  <th>Flags</th>
                </tr>
              </thead>
              <tbody>
                {plan.create.map((row) => (
                  <tr key={row.line}>
                    <td>{row.line}</td>
                    <td>{row.title}</td>
                    <td>
                      {row.value.toLocaleString('en-GB')} {row.unit}
                    </td>
                    <td>
                      <AnomalyBadges flags={row.flags} withMessages />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {counts.create > plan.create.length || counts.update > plan.update.length ? (
            <p className={styles.hint}>
              Only the first {plan.create.length} rows of each kind are listed; the counts cover all.
            </p>
          ) : null}

          <div className={styles.actions}>
            <Button
              buttonStyle="primary"
              disabled={busy || counts.create + counts.update === 0}
              margin={false}
              onClick={() => void apply()}
            >
              {`Apply: create ${counts.create} and change ${counts.update}, submitted for review`}
            </Button>
            <Button
              buttonStyle="secondary"
              disabled={busy || counts.create + counts.update === 0}
              margin={false}
              onClick={() => void runAsJob()}
            >
              Run as a background job
            </Button>
            <span className={styles.hint}>
              All or nothing: if any row fails to save, nothing is kept. Rejected rows are skipped.
            </span>
          </div>
          {progress ? (
            <progress
              aria-label="Import progress"
              className={styles.progress}
              max={progress.total || 1}
              value={progress.done}
            />
          ) : null}
        </section>
      ) : null}

      <ObservationExport />
    </>
  )
}
