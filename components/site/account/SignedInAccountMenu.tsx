'use client'

import Link from 'next/link'
import React, { useState } from 'react'

import { signOutAndGoTo } from './signOut'
import { isStaffRole } from './useAccountSession'

/** The header links of a signed-in visitor: My Crossroads, the admin (staff) and sign out. */
export const SignedInAccountMenu = ({ role }: { role: string }) => {
  const [isSigningOut, setIsSigningOut] = useState(false)
  return (
    <nav aria-label="Account" className="account-menu">
      <Link href="/my">My Crossroads</Link>
      {isStaffRole(role) ? <Link href="/admin">Admin</Link> : null}
      <button
        className="account-button account-button--small"
        disabled={isSigningOut}
        onClick={() => {
          setIsSigningOut(true)
          signOutAndGoTo('/').catch(() => setIsSigningOut(false))
        }}
        type="button"
      >
        Sign out
      </button>
    </nav>
  )
}
