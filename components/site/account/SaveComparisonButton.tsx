'use client'

import dynamic from 'next/dynamic'
import Link from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'
import React from 'react'

import { comparisonLinkToQuery } from '@/lib/series/compareQuery'

import './account.css'
import { useAccountSession } from './useAccountSession'

// Signed-out readers only need the link: the save action is downloaded for signed-in ones.
const SaveComparisonAction = dynamic(
  () => import('./SaveComparisonAction').then((module) => module.SaveComparisonAction),
  { ssr: false },
)

/**
 * "Save this comparison" for the `/compare` page: keeps the current query on the reader's
 * My Crossroads. `title` names it (e.g. "Kazakhstan and Uzbekistan: bilateral trade volume").
 */
export const SaveComparisonButton = ({ title }: { title: string }) => {
  const session = useAccountSession()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const query = comparisonLinkToQuery(`/compare?${searchParams.toString()}`)

  if (!query) {
    return null
  }
  if (session.status === 'signed-in') {
    return <SaveComparisonAction query={query} title={title} />
  }
  const here = `${pathname}?${searchParams.toString()}`
  return (
    <span data-session-pending={session.status === 'loading' ? '' : undefined}>
      <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>Sign in to save this comparison</Link>
    </span>
  )
}
