'use client'

import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { requestTransition } from '@/components/admin/workflow/requestTransition'

type Props = {
  collection: string
  id: string
  /** A flagged figure without a reason for the change: approving needs one. */
  needsReason?: boolean
  status: string
}

/**
 * Approve and publish now or at a chosen time, or send back with a required comment; calls the
 * workflow REST endpoint, which also applies the four-eyes rule and says so when it refuses.
 */
export const ReviewActions = ({ collection, id, needsReason = false, status }: Props) => {
  const router = useRouter()
  const [comment, setComment] = useState('')
  const [reason, setReason] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [error, setError] = useState<null | string>(null)
  const [isBusy, setIsBusy] = useState(false)

  const act = async (action: 'approve' | 'requestChanges') => {
    setError(null)
    if (action === 'requestChanges' && !comment.trim()) {
      setError('Say what should change: a comment is required when requesting changes.')
      return
    }
    // The picker gives local wall-clock time; the server wants an instant.
    const when = action === 'approve' && publishAt ? new Date(publishAt) : null
    if (when && Number.isNaN(when.getTime())) {
      setError('The publication time is not a valid date.')
      return
    }
    setIsBusy(true)
    const refusal = await requestTransition({
      action,
      body: { comment, publishAt: when?.toISOString() ?? null, reason: action === 'approve' ? reason : undefined },
      collection,
      id,
    })
    setIsBusy(false)
    if (refusal) {
      setError(refusal)
      return
    }
    setComment('')
    setPublishAt('')
    router.refresh()
  }

  if (status !== 'in_review') {
    return (
      <section aria-labelledby="review-actions">
        <h2 id="review-actions">Decision</h2>
        <p>This document is not waiting for review.</p>
      </section>
    )
  }
  return (
    <section aria-labelledby="review-actions" className="review__actions">
      <h2 id="review-actions">Decision</h2>
      <label className="review__comment">
        Comment for the author
        <textarea onChange={(event) => setComment(event.target.value)} rows={3} value={comment} />
      </label>
      {needsReason ? (
        <label className="review__reason">
          Reason for this change (required to approve a flagged figure; readers see it in the figure’s history)
          <textarea onChange={(event) => setReason(event.target.value)} rows={2} value={reason} />
        </label>
      ) : null}
      <label className="review__schedule">
        Publish at (leave empty to publish on approval)
        <input onChange={(event) => setPublishAt(event.target.value)} type="datetime-local" value={publishAt} />
      </label>
      {error ? (
        <p className="review__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="review__buttons">
        <button className="btn btn--style-primary" disabled={isBusy} onClick={() => act('approve')} type="button">
          {publishAt ? 'Approve for that time' : 'Approve and publish'}
        </button>
        <button
          className="btn btn--style-secondary"
          disabled={isBusy}
          onClick={() => act('requestChanges')}
          type="button"
        >
          Request changes
        </button>
      </div>
    </section>
  )
}
