import type { AdminViewServerProps } from 'payload'

import React from 'react'

import { AdminPage } from '@/components/admin/AdminPage'
import { ObservationImport } from './ObservationImport.client'

/** `/admin/import/observations`: spreadsheet import with a dry run, and filtered export. */
export const ObservationImportView = (props: AdminViewServerProps) => (
  <AdminPage
    allowedRoles={['admin', 'editor', 'analyst']}
    refusal="Sign in as an analyst, editor or admin to use this page."
    title="Import and export observations"
    viewProps={props}
  >
    <ObservationImport />
  </AdminPage>
)
