import type { AdminViewServerProps } from 'payload'

import React from 'react'

import type { Role } from '@/access/roles'

import { AdminPage } from '@/components/admin/AdminPage'

type Props = {
  /** Who may open the screen: editors and admins, unless the screen says otherwise. */
  allowedRoles?: Role[]
  children: React.ReactNode
  title: string
  viewProps: AdminViewServerProps
}

/** The admin chrome around the review screens, which only editors and admins may open. */
export const ReviewFrame = ({ allowedRoles = ['admin', 'editor'], children, title, viewProps }: Props) => (
  <AdminPage
    allowedRoles={allowedRoles}
    className="review"
    refusal={
      allowedRoles.includes('analyst')
        ? 'Only staff open the review screen.'
        : 'Only editors and admins review changes.'
    }
    title={title}
    viewProps={viewProps}
  >
    {children}
  </AdminPage>
)

export const formatWhen = (iso: null | string | undefined): string =>
  iso
    ? new Date(iso).toLocaleString('en-GB', {
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        month: 'short',
        timeZone: 'UTC',
        year: 'numeric',
      }) + ' UTC'
    : '—'

/** "3 h", "2 d": how long something has waited. */
export const waitedFor = (iso: null | string | undefined, now = Date.now()): string => {
  if (!iso) {
    return ''
  }
  const minutes = Math.max(0, Math.round((now - new Date(iso).getTime()) / 60_000))
  if (minutes < 60) {
    return `${minutes} min`
  }
  const hours = Math.round(minutes / 60)
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} d`
}
