'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { SubmissionFigure } from '@/lib/workflow/reviewQueue'

import { WORKFLOW_STATUS_LABELS, type WorkflowStatus } from '@/lib/workflow/states'

import { AnomalyBadges } from './AnomalyBadges'
import styles from './submission.module.css'

type Decision = 'approve' | 'none' | 'requestChanges'

type ErrorBody = null | {
  errors?: { data?: { refused?: { action: string; id: string; message: string }[] }; message: string }[]
}

const number = (value: null | number) => (value === null ? '—' : value.toLocaleString('en-GB'))

/**
 * The partial-approval form: per figure approve, send back (with a comment) or leave, a reason for
 * flagged figures, and one button that sends it all to `POST /api/observations/workflow/batch`,
 * which changes nothing if any item is refused and says why for each.
 */
export const SubmissionReview = ({ figures }: { figures: SubmissionFigure[] }) => {
  const router = useRouter()
  const waiting = figures.filter((figure) => figure.status === 'in_review')
  const [decisions, setDecisions] = useState<Record<string, Decision>>(() =>
    Object.fromEntries(waiting.map((figure) => [String(figure.id), figure.flags.length > 0 ? 'none' : 'approve'])),
  )
  const [comments, setComments] = useState<Record<string, string>>({})
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [refusals, setRefusals] = useState<Record<string, string>>({})
  const [error, setError] = useState<null | string>(null)
  const [done, setDone] = useState<null | string>(null)
  const [isBusy, setIsBusy] = useState(false)

  const set = (id: string, decision: Decision) => setDecisions((current) => ({ ...current, [id]: decision }))
  const approve = waiting.filter((figure) => decisions[String(figure.id)] === 'approve')
  const sendBack = waiting.filter((figure) => decisions[String(figure.id)] === 'requestChanges')

  const submit = async () => {
    setError(null)
    setDone(null)
    setRefusals({})
    const missing = sendBack.filter((figure) => !comments[String(figure.id)]?.trim())
    if (missing.length > 0) {
      setError(`Say what should change for each figure you send back (${missing.length} without a comment).`)
      return
    }
    setIsBusy(true)
    const response = await fetch('/api/observations/workflow/batch', {
      body: JSON.stringify({
        approve: approve.map((figure) => ({ id: figure.id, reason: reasons[String(figure.id)] || undefined })),
        requestChanges: sendBack.map((figure) => ({ comment: comments[String(figure.id)], id: figure.id })),
      }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    setIsBusy(false)
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as ErrorBody
      const refused = body?.errors?.[0]?.data?.refused ?? []
      setRefusals(Object.fromEntries(refused.map((item) => [item.id, item.message])))
      setError(
        refused.length > 0
          ? `Nothing was changed: ${refused.length} of the figures cannot be decided as asked (see below).`
          : (body?.errors?.[0]?.message ?? `The server answered ${response.status}.`),
      )
      return
    }
    setDone(`${approve.length} approved and published, ${sendBack.length} sent back to the analyst.`)
    router.refresh()
  }

  return (
    <form
      aria-label="Decide the figures of this submission"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <table className={styles.table}>
        <caption>Flagged figures first. Approve, send back with a comment, or leave for later.</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Published → submitted</th>
            <th scope="col">Flags</th>
            <th scope="col">Decision</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => {
            const id = String(figure.id)
            const decision = decisions[id]
            const isWaiting = figure.status === 'in_review'
            return (
              <tr className={figure.flags.length > 0 ? styles.flagged : undefined} key={id}>
                <th scope="row">
                  <Link href={`/admin/review/observations/${id}`}>{figure.title}</Link>
                  {!isWaiting ? (
                    <div className={styles.status}>
                      {WORKFLOW_STATUS_LABELS[figure.status as WorkflowStatus] ?? figure.status}
                      {figure.reviewComment ? `: “${figure.reviewComment}”` : ''}
                    </div>
                  ) : null}
                </th>
                <td className={styles.values}>
                  <del>{number(figure.publishedValue)}</del> → <ins>{number(figure.value)}</ins> {figure.unit}
                </td>
                <td>
                  {figure.flags.length > 0 ? <AnomalyBadges flags={figure.flags} withMessages /> : '—'}
                  {figure.changeReason ? <div className={styles.reason}>Reason: {figure.changeReason}</div> : null}
                </td>
                <td>
                  {isWaiting ? (
                    <fieldset className={styles.decision}>
                      <legend className={styles.hidden}>Decision for {figure.title}</legend>
                      <label>
                        <input
                          checked={decision === 'approve'}
                          onChange={(event) => set(id, event.target.checked ? 'approve' : 'none')}
                          type="checkbox"
                        />{' '}
                        Approve
                      </label>
                      <label>
                        <input
                          checked={decision === 'requestChanges'}
                          onChange={(event) => set(id, event.target.checked ? 'requestChanges' : 'none')}
                          type="checkbox"
                        />{' '}
                        Send back
                      </label>
                      {decision === 'approve' && figure.flags.length > 0 && !figure.changeReason ? (
                        <label className={styles.text}>
                          Reason for this change
                          <textarea
                            onChange={(event) => setReasons((current) => ({ ...current, [id]: event.target.value }))}
                            rows={2}
                            value={reasons[id] ?? ''}
                          />
                        </label>
                      ) : null}
                      {decision === 'requestChanges' ? (
                        <label className={styles.text}>
                          Comment for the analyst
                          <textarea
                            onChange={(event) => setComments((current) => ({ ...current, [id]: event.target.value }))}
                            rows={2}
                            value={comments[id] ?? ''}
                          />
                        </label>
                      ) : null}
                      {refusals[id] ? (
                        <p className={styles.refusal} role="alert">
                          {refusals[id]}
                        </p>
                      ) : null}
                    </fieldset>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {error ? (
        <p className={styles.refusal} role="alert">
          {error}
        </p>
      ) : null}
      {done ? <p role="status">{done}</p> : null}
      <button
        className="btn btn--style-primary"
        disabled={isBusy || approve.length + sendBack.length === 0}
        type="submit"
      >
        Approve {approve.length} and send back {sendBack.length}
      </button>
    </form>
  )
}
