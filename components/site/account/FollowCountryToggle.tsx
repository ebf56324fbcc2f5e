'use client'

import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

type Props = { countryId: number | string; countryName: string }

type FollowState = { followId: null | number | string; status: 'ready' } | { status: 'error' } | { status: 'loading' }

const findFollow = async (countryId: Props['countryId']): Promise<null | number | string> => {
  const response = await fetch(
    `/api/follows?where[country][equals]=${encodeURIComponent(String(countryId))}&depth=0&limit=1`,
    {
      cache: 'no-store',
      credentials: 'same-origin',
    },
  )
  if (!response.ok) {
    throw new Error(`Reading follows failed with ${response.status}`)
  }
  const body = (await response.json()) as { docs: { id: number | string }[] }
  return body.docs[0]?.id ?? null
}

/** The follow / unfollow button of a signed-in reader. */
export const FollowCountryToggle = ({ countryId, countryName }: Props) => {
  const router = useRouter()
  const [state, setState] = useState<FollowState>({ status: 'loading' })
  const [isSaving, setIsSaving] = useState(false)

  useEffect(() => {
    findFollow(countryId)
      .then((followId) => setState({ followId, status: 'ready' }))
      .catch(() => setState({ status: 'error' }))
  }, [countryId])

  if (state.status === 'error') {
    return <p className="follow-country muted">Following is unavailable right now; reload the page to try again.</p>
  }
  if (state.status === 'loading') {
    return null
  }

  const toggle = async () => {
    setIsSaving(true)
    const response = state.followId
      ? await fetch(`/api/follows/${state.followId}`, { credentials: 'same-origin', method: 'DELETE' })
      : await fetch('/api/follows', {
          body: JSON.stringify({ country: countryId }),
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          method: 'POST',
        })
    setIsSaving(false)
    if (!response.ok) {
      setState({ status: 'error' })
      return
    }
    const body = (await response.json()) as { doc?: { id: number | string } }
    setState({ followId: state.followId ? null : (body.doc?.id ?? null), status: 'ready' })
    router.refresh()
  }

  return (
    <p className="follow-country">
      <button
        className={state.followId ? 'account-button' : 'account-button account-button--primary'}
        disabled={isSaving}
        onClick={() => void toggle()}
        type="button"
      >
        {state.followId ? `Unfollow ${countryName}` : `Follow ${countryName}`}
      </button>
    </p>
  )
}
