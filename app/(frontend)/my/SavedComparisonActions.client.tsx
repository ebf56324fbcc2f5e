'use client'

import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

const errorOf = async (response: Response): Promise<string> => {
  const body = (await response.json().catch(() => null)) as {
    errors?: { data?: { errors?: { message?: string }[] }; message?: string }[]
  } | null
  const first = body?.errors?.[0]
  return first?.data?.errors?.[0]?.message ?? first?.message ?? 'Saving failed; try again.'
}

/** Keep a comparison by pasting its link (the comparison page offers the same through its Save button). */
export const SaveComparisonForm = () => {
  const router = useRouter()
  const [error, setError] = useState<null | string>(null)
  const [isSaving, setIsSaving] = useState(false)

  return (
    <form
      className="account-form"
      onSubmit={async (event) => {
        event.preventDefault()
        const form = event.currentTarget
        const data = new FormData(form)
        setIsSaving(true)
        setError(null)
        const response = await fetch('/api/saved-comparisons', {
          body: JSON.stringify({ query: String(data.get('link') ?? ''), title: String(data.get('title') ?? '') }),
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          method: 'POST',
        })
        setIsSaving(false)
        if (!response.ok) {
          setError(await errorOf(response))
          return
        }
        form.reset()
        router.refresh()
      }}
    >
      {error ? (
        <p className="account-error" role="alert">
          {error}
        </p>
      ) : null}
      <label>
        Name
        <input maxLength={120} name="title" placeholder="Kazakhstan and Uzbekistan trade" required />
      </label>
      <label>
        Comparison link
        <input name="link" placeholder="/compare?countries=kazakhstan,uzbekistan&indicators=…" required />
      </label>
      <button className="account-button account-button--primary" disabled={isSaving} type="submit">
        Save comparison
      </button>
    </form>
  )
}

/** Remove one saved comparison. */
export const DeleteComparisonButton = ({ id, title }: { id: number | string; title: string }) => {
  const router = useRouter()
  const [isDeleting, setIsDeleting] = useState(false)
  return (
    <button
      aria-label={`Remove ${title}`}
      className="account-button account-button--small"
      disabled={isDeleting}
      onClick={async () => {
        setIsDeleting(true)
        const response = await fetch(`/api/saved-comparisons/${id}`, { credentials: 'same-origin', method: 'DELETE' })
        setIsDeleting(false)
        if (response.ok) {
          router.refresh()
        }
      }}
      type="button"
    >
      Remove
    </button>
  )
}
