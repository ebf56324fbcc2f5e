import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { hasRole, type Role } from '@/access/roles'

type Props = {
  allowedRoles: Role[]
  children: React.ReactNode
  className?: string
  /** Shown instead of the page to anyone without one of `allowedRoles`. */
  refusal: string
  title: string
  viewProps: AdminViewServerProps
}

/** A custom admin page in Payload's layout (navigation, header), open to the given roles only. */
export const AdminPage = ({ allowedRoles, children, className, refusal, title, viewProps }: Props) => {
  const { initPageResult, params, searchParams } = viewProps
  const { req } = initPageResult
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
      // The header actions of Payload's own views (the notifications link) on custom pages too.
      viewActions={req.payload.config.admin?.components?.actions}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter className={className}>
        <h1
          className={className ? `${className}__title` : undefined}
          style={className ? undefined : { margin: 'calc(var(--base) * 1.5) 0 var(--base)' }}
        >
          {title}
        </h1>
        {hasRole(req.user, ...allowedRoles) ? children : <p>{refusal}</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
