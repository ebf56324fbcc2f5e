'use client'

import { signOut } from 'next-auth/react'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import React, { useState } from 'react'

import './account.css'
import { isStaffRole, useAccountSession } from './useAccountSession'

/** Header links for the visitor's account: sign in, or My Crossroads, the admin (staff) and sign out. */
export const AccountMenu = () => {
  const session = useAccountSession()
  const pathname = usePathname()
  const [isSigningOut, setIsSigningOut] = useState(false)

  if (session.status === 'loading') {
    return <div aria-hidden className="account-menu" />
  }
  if (session.status === 'signed-out') {
    const callbackUrl = pathname && pathname !== '/sign-in' ? `?callbackUrl=${encodeURIComponent(pathname)}` : ''
    return (
      <div className="account-menu">
        <Link href={`/sign-in${callbackUrl}`}>Sign in</Link>
      </div>
    )
  }
  return (
    <nav aria-label="Account" className="account-menu">
      <Link href="/my">My Crossroads</Link>
      {isStaffRole(session.role) ? <Link href="/admin">Admin</Link> : null}
      <button
        className="account-button account-button--small"
        disabled={isSigningOut}
        onClick={() => {
          setIsSigningOut(true)
          void signOut({ callbackUrl: '/' })
        }}
        type="button"
      >
        Sign out
      </button>
    </nav>
  )
}
