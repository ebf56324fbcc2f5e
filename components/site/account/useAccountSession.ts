'use client'

import { useEffect, useState } from 'react'

export type AccountSession =
  | { role: string; status: 'signed-in'; user: { email: null | string; name: null | string } }
  | { status: 'loading' }
  | { status: 'signed-out' }

const STAFF_ROLES = ['admin', 'editor', 'analyst']

export const isStaffRole = (role: string) => STAFF_ROLES.includes(role)

let pending: null | Promise<AccountSession> = null

const loadSession = (): Promise<AccountSession> => {
  pending ??= fetch('/api/auth/session', { cache: 'no-store', credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : {}))
    .then((body: { user?: { email?: null | string; name?: null | string; role?: string } }) =>
      body.user
        ? {
            role: body.user.role ?? 'reader',
            status: 'signed-in' as const,
            user: { email: body.user.email ?? null, name: body.user.name ?? null },
          }
        : { status: 'signed-out' as const },
    )
    .catch(() => ({ status: 'signed-out' as const }))
  return pending
}

/**
 * The visitor's session, read in the browser so that pages showing account controls stay static
 * and cacheable. Components on one page share a single request.
 */
export const useAccountSession = (): AccountSession => {
  const [session, setSession] = useState<AccountSession>({ status: 'loading' })
  useEffect(() => {
    let isCurrent = true
    void loadSession().then((loaded) => {
      if (isCurrent) {
        setSession(loaded)
      }
    })
    return () => {
      isCurrent = false
    }
  }, [])
  return session
}
