import type { AdminViewServerProps } from 'payload'

import React from 'react'

import { AdminPage } from './AdminPage'
import { ObservationImport } from './ObservationImport.client'

/** `/admin/import/observations`: spreadsheet import with a dry run, and filtered export. */
export const ObservationImportView = (props: AdminViewServerProps) => (
  <AdminPage {...props} title="Import and export observations">
    <ObservationImport />
  </AdminPage>
)
