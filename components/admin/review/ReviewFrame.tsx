import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { hasRole } from '@/access/roles'

type Props = { children: React.ReactNode; title: string; viewProps: AdminViewServerProps }

/** The admin chrome around the review screens, which only editors and admins may open. */
export const ReviewFrame = ({ children, title, viewProps }: Props) => {
  const { initPageResult, params, searchParams } = viewProps
  const { req } = initPageResult
  const isReviewer = hasRole(req.user, 'admin', 'editor')
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter className="review">
        <h1 className="review__title">{title}</h1>
        {isReviewer ? children : <p>Only editors and admins review changes.</p>}
      </Gutter>
    </DefaultTemplate>
  )
}

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
