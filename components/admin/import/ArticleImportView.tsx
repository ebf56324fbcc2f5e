import type { AdminViewServerProps } from 'payload'

import React from 'react'

import { AdminPage } from '@/components/admin/AdminPage'
import { ArticleImport } from './ArticleImport.client'

/** `/admin/import/article`: a DOCX, Markdown or text document to draft articles, with suggestions. */
export const ArticleImportView = (props: AdminViewServerProps) => (
  <AdminPage
    allowedRoles={['admin', 'editor', 'analyst']}
    refusal="Sign in as an analyst, editor or admin to use this page."
    title="Import an article from a document"
    viewProps={props}
  >
    <ArticleImport />
  </AdminPage>
)
