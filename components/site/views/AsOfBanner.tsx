import Link from 'next/link'
import React from 'react'

import type { AsOf } from '@/lib/figureRevisions/asOf'

/** Says that a page is pinned to a date (with the way back to current figures), or why a date was refused. */
export const AsOfBanner = ({ asOf, currentHref }: { asOf: AsOf; currentHref: string }) => {
  if (asOf.kind === 'current') {
    return null
  }
  if (asOf.kind === 'refused') {
    return (
      <p className="notice" role="status">
        {asOf.message}
      </p>
    )
  }
  return (
    <p className="as-of-banner" role="status">
      <strong>Figures as published on {asOf.label}</strong> — <Link href={currentHref}>see current figures</Link>. Later
      corrections are not shown; each figure’s history lists them.
    </p>
  )
}
