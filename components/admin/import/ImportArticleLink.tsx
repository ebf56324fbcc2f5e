import React from 'react'

import { ImportLink } from './ImportExportLink'

/** Entry to the document import page, above the articles list. */
export const ImportArticleLink = () => <ImportLink label="Import from a document" url="/admin/import/article" />
