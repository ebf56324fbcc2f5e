'use client'

import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

type Props = {
  assignedTo: null | string
  collection: string
  /** The due date as stored (ISO), if any. */
  dueAt: null | string
  id: string
  reviewers: { id: string; name: string }[]
}

/**
 * Who reviews this change and by when: reassign it, return it to the desk or change the due date,
 * through `POST /api/<collection>/<id>/workflow/assign`, which checks and records it.
 */
export const AssignmentForm = ({ assignedTo, collection, dueAt, id, reviewers }: Props) => {
  const router = useRouter()
  const [assignee, setAssignee] = useState(assignedTo ?? '')
  const [day, setDay] = useState(dueAt ? dueAt.slice(0, 10) : '')
  const [error, setError] = useState<null | string>(null)
  const [isBusy, setIsBusy] = useState(false)

  const save = async () => {
    setError(null)
    setIsBusy(true)
    const response = await fetch(`/api/${collection}/${id}/workflow/assign`, {
      body: JSON.stringify({ assignTo: assignee || null, dueAt: day || null }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    setIsBusy(false)
    if (!response.ok) {
      const answer = (await response.json().catch(() => null)) as null | { errors?: { message: string }[] }
      setError(answer?.errors?.[0]?.message ?? `The server answered ${response.status}.`)
      return
    }
    router.refresh()
  }

  return (
    <section aria-labelledby="review-assignment" className="review__actions">
      <h2 id="review-assignment">Assignment</h2>
      <div className="review__filters">
        <label>
          Reviewer
          <select onChange={(event) => setAssignee(event.target.value)} value={assignee}>
            <option value="">Nobody (the desk)</option>
            {reviewers.map((reviewer) => (
              <option key={reviewer.id} value={reviewer.id}>
                {reviewer.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Due
          <input onChange={(event) => setDay(event.target.value)} type="date" value={day} />
        </label>
        <button className="btn btn--style-secondary btn--size-small" disabled={isBusy} onClick={save} type="button">
          Save assignment
        </button>
      </div>
      {error ? (
        <p className="review__error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  )
}
