import type { AdminViewServerProps } from 'payload'

import { CollectionCards } from '@payloadcms/next/rsc'
import Link from 'next/link'
import React from 'react'

import { AdminPage } from '@/components/admin/AdminPage'

/** /admin/all-collections: Payload's own grid of collections, one click from the desk that replaced it at /admin. */
export const AllCollectionsView = (props: AdminViewServerProps) => {
  const { cookies, locale, permissions, req } = props.initPageResult
  return (
    <AdminPage
      allowedRoles={['admin', 'editor', 'analyst']}
      className="review"
      refusal="Only staff use the admin."
      title="All collections"
      viewProps={props}
    >
      <p className="review__meta">
        <Link href="/admin">← Desk</Link>
      </p>
      <CollectionCards
        cookies={cookies}
        locale={locale}
        permissions={permissions}
        req={req}
        user={req.user}
        widgetSlug="collections"
      />
    </AdminPage>
  )
}
