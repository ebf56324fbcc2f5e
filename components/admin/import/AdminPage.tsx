import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { hasRole } from '@/access/roles'

type Props = AdminViewServerProps & { children: React.ReactNode; title: string }

/** An admin page in Payload's layout (navigation, header) that only staff may use. */
export const AdminPage = ({ children, initPageResult, params, searchParams, title }: Props) => {
  const { req } = initPageResult
  const isStaff = hasRole(req.user, 'admin', 'editor', 'analyst')
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
      <Gutter>
        <h1 style={{ margin: 'calc(var(--base) * 1.5) 0 var(--base)' }}>{title}</h1>
        {isStaff ? children : <p>Sign in as an analyst, editor or admin to use this page.</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
