'use client'

import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

type ErrorBody = null | { errors?: { message: string }[] }

/**
 * "Still correct" dismisses a stale-number flag; "Add a correction note" sends a dated note on the
 * article for review (`POST /api/stale-quotes/<id>/dismiss` or `/correct`).
 */
export const StaleQuoteActions = ({ id, title }: { id: number | string; title: string }) => {
  const router = useRouter()
  const [isWriting, setIsWriting] = useState(false)
  const [text, setText] = useState('')
  const [error, setError] = useState<null | string>(null)
  const [isBusy, setIsBusy] = useState(false)

  const send = async (action: 'correct' | 'dismiss') => {
    setError(null)
    if (action === 'correct' && !text.trim()) {
      setError('Write the correction readers should see.')
      return
    }
    setIsBusy(true)
    const response = await fetch(`/api/stale-quotes/${id}/${action}`, {
      body: JSON.stringify(action === 'correct' ? { text } : {}),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    setIsBusy(false)
    if (!response.ok) {
      const answer = (await response.json().catch(() => null)) as ErrorBody
      setError(answer?.errors?.[0]?.message ?? `The server answered ${response.status}.`)
      return
    }
    router.refresh()
  }

  return (
    <div className="stale__actions">
      <div className="review__buttons">
        <button
          aria-label={`Still correct: ${title}`}
          className="btn btn--style-secondary btn--size-small"
          disabled={isBusy}
          onClick={() => send('dismiss')}
          type="button"
        >
          Still correct
        </button>
        {isWriting ? null : (
          <button
            aria-label={`Add a correction note: ${title}`}
            className="btn btn--style-primary btn--size-small"
            disabled={isBusy}
            onClick={() => setIsWriting(true)}
            type="button"
          >
            Add a correction note
          </button>
        )}
      </div>
      {isWriting ? (
        <div className="stale__correction">
          <label>
            Correction readers will see (dated today; published when an editor approves the article)
            <textarea onChange={(event) => setText(event.target.value)} rows={3} value={text} />
          </label>
          <button
            className="btn btn--style-primary btn--size-small"
            disabled={isBusy}
            onClick={() => send('correct')}
            type="button"
          >
            Send the correction for review
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="review__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
