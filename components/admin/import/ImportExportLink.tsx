import { Button } from '@payloadcms/ui'
import React from 'react'

/** A link button shown above a collection list, leading to one of the import pages. */
export const ImportLink = ({ label, url }: { label: string; url: string }) => (
  <div
    style={{ display: 'flex', gap: 'var(--base)', justifyContent: 'flex-end', marginBottom: 'calc(var(--base) / 2)' }}
  >
    <Button buttonStyle="secondary" el="link" margin={false} size="small" url={url}>
      {label}
    </Button>
  </div>
)

/** Entry to the spreadsheet import and export page, above the observations list. */
export const ImportExportLink = () => (
  <ImportLink label="Import / export spreadsheet" url="/admin/import/observations" />
)
