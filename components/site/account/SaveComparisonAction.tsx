'use client'

import Link from 'next/link'
import React, { useState } from 'react'

type SaveState = 'error' | 'idle' | 'saved' | 'saving'

/** The save button of a signed-in reader: keeps `query` on My Crossroads under `title`. */
export const SaveComparisonAction = ({ query, title }: { query: string; title: string }) => {
  const [state, setState] = useState<SaveState>('idle')

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
