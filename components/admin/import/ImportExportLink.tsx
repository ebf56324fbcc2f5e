import { Button } from '@payloadcms/ui'
import React from 'react'

/** Entry to the spreadsheet import and export page, shown above the observations list. */
export const ImportExportLink = () => (
  <div
    style={{ display: 'flex', gap: 'var(--base)', justifyContent: 'flex-end', marginBottom: 'calc(var(--base) / 2)' }}
  >
    <Button buttonStyle="secondary" el="link" margin={false} size="small" url="/admin/import/observations">
      Import / export spreadsheet
    </Button>
  </div>
)
