'use client'

import Link from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'
import React, { useState } from 'react'

import { comparisonLinkToQuery } from '@/lib/series/compareQuery'

import './account.css'
import { useAccountSession } from './useAccountSession'

type SaveState = 'error' | 'idle' | 'saved' | 'saving'

/**
 * "Save this comparison" for the `/compare` page: keeps the current query on the reader's
 * My Crossroads. `title` names it (e.g. "Kazakhstan and Uzbekistan: bilateral trade volume").
 */
export const SaveComparisonButton = ({ title }: { title: string }) => {
  const session = useAccountSession()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const [state, setState] = useState<SaveState>('idle')
  const query = comparisonLinkToQuery(`/compare?${searchParams.toString()}`)

  if (session.status === 'loading' || !query) {
    return null
  }
  if (session.status === 'signed-out') {
    const here = `${pathname}?${searchParams.toString()}`
    return <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>Sign in to save this comparison</Link>
  }
  if (state === 'saved') {
    return (
      <p role="status">
        Saved to <Link href="/my">My Crossroads</Link>.
      </p>
    )
  }
  return (
    <>
      <button
        className="account-button"
        disabled={state === 'saving'}
        onClick={async () => {
          setState('saving')
          const response = await fetch('/api/saved-comparisons', {
            body: JSON.stringify({ query, title }),
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json' },
            method: 'POST',
          })
          setState(response.ok ? 'saved' : 'error')
        }}
        type="button"
      >
        Save this comparison
      </button>
      {state === 'error' ? <p role="alert">Saving failed; try again.</p> : null}
    </>
  )
}
