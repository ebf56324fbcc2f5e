'use client'

import dynamic from 'next/dynamic'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import React from 'react'

import './account.css'
import { useAccountSession } from './useAccountSession'

type Props = { countryId: number | string; countryName: string }

// Signed-out readers only need the link: the follow toggle is downloaded for signed-in ones.
const FollowCountryToggle = dynamic(
  () => import('./FollowCountryToggle').then((module) => module.FollowCountryToggle),
  { ssr: false },
)

/** Follow or unfollow a country; signed-out visitors get a link to sign in first. */
export const FollowCountryButton = ({ countryId, countryName }: Props) => {
  const session = useAccountSession()
  const pathname = usePathname()

  if (session.status === 'signed-in') {
    return <FollowCountryToggle countryId={countryId} countryName={countryName} />
  }
  return (
    <p className="follow-country" data-session-pending={session.status === 'loading' ? '' : undefined}>
      <Link href={`/sign-in?callbackUrl=${encodeURIComponent(pathname ?? '/')}`}>Sign in to follow {countryName}</Link>
    </p>
  )
}
