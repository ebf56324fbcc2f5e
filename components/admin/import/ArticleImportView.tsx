import type { AdminViewServerProps } from 'payload'

import React from 'react'

import { AdminPage } from './AdminPage'
import { ArticleImport } from './ArticleImport.client'

/** `/admin/import/article`: a DOCX, Markdown or text document to draft articles, with suggestions. */
export const ArticleImportView = (props: AdminViewServerProps) => (
  <AdminPage {...props} title="Import an article from a document">
    <ArticleImport />
  </AdminPage>
)
