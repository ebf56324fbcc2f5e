'use client'

import dynamic from 'next/dynamic'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import React from 'react'

import './account.css'
import { useAccountSession } from './useAccountSession'

const AccountMenuPlaceholder = () => <div aria-hidden className="account-menu" />

// Most readers are signed out: only a signed-in visitor downloads the menu and its sign-out code.
const SignedInAccountMenu = dynamic(
  () => import('./SignedInAccountMenu').then((module) => module.SignedInAccountMenu),
  { loading: AccountMenuPlaceholder, ssr: false },
)

/** Header links for the visitor's account: sign in, or the signed-in menu. */
export const AccountMenu = () => {
  const session = useAccountSession()
  const pathname = usePathname()

  if (session.status === 'signed-in') {
    return <SignedInAccountMenu role={session.role} />
  }
  const callbackUrl = pathname && pathname !== '/sign-in' ? `?callbackUrl=${encodeURIComponent(pathname)}` : ''
  // Until the session is known the link keeps its place unseen; a page sent without scripts shows it.
  return (
    <div className="account-menu" data-session-pending={session.status === 'loading' ? '' : undefined}>
      <Link href={`/sign-in${callbackUrl}`}>Sign in</Link>
    </div>
  )
}
