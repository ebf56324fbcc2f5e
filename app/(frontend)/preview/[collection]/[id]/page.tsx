import type { Metadata } from 'next'

import { headers } from 'next/headers'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import React from 'react'

import { ArticleView } from '@/components/site/views/ArticleView'
import { CountryProfileView } from '@/components/site/views/CountryProfileView'
import { IndicatorPageView } from '@/components/site/views/IndicatorPageView'
import { isPreviewCollection } from '@/lib/preview/previewAddress'
import { staffFromHeaders } from '@/lib/preview/previewSession'
import { getPreviewPage } from '@/lib/queries/preview'

import '@/components/site/views/views.css'

// Rendered for each request with the visitor's session: never prerendered, never in the page cache.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { robots: { follow: false, index: false }, title: 'Preview — not published' }

type Props = { params: Promise<{ collection: string; id: string }> }

/**
 * A document's public page with its pending change in place, for signed-in staff only. Anyone else
 * gets the site's 404, as if the page did not exist.
 */
const PreviewPage = async ({ params }: Props) => {
  const { collection, id } = await params
  const user = await staffFromHeaders(await headers())
  if (!user || !isPreviewCollection(collection)) {
    notFound()
  }
  const preview = await getPreviewPage({ collection, id: decodeURIComponent(id), user })
  if (!preview) {
    notFound()
  }
  return (
    <>
      <aside aria-label="Preview" className="preview-banner" role="status">
        <p>
          <strong>Preview — not published.</strong> Readers see this page only once the change is approved
          {preview.kind === 'country' && preview.valueText ? (
            <>
              {' '}
              (this figure: <span className="preview-banner__value">{preview.valueText}</span>)
            </>
          ) : null}
          .
        </p>
        <p className="preview-banner__links">
          <Link href={`/admin/review/${collection}/${id}`}>Back to the review</Link>
          {' · '}
          <Link href={preview.publicPath}>Exit preview (published page)</Link>
        </p>
      </aside>
      {preview.kind === 'article' ? (
        <ArticleView article={preview.article} />
      ) : preview.kind === 'indicator' ? (
        <IndicatorPageView asOf={{ kind: 'current' }} data={preview.indicator} />
      ) : (
        <CountryProfileView profile={preview.profile} />
      )}
    </>
  )
}

export default PreviewPage
