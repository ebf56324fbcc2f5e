import Link from 'next/link'
import React from 'react'

import type { Article, Observation } from '@/payload-types'

import { formatDate } from '@/lib/format'

/** Link to where a figure comes from: the article and its endnote, or the web page with its access date. */
export const ObservationSource = ({ source }: { source: Observation['source'] }) => {
  const article = source?.article as Article | null | number | undefined
  if (article && typeof article === 'object') {
    const anchor = source?.footnote ? `#note-${source.footnote}` : ''
    return (
      <Link href={`/articles/${article.slug}${anchor}`}>
        {article.title}
        {source?.footnote ? `, note ${source.footnote}` : ''}
      </Link>
    )
  }
  if (source?.url) {
    return (
      <>
        <a href={source.url} rel="noopener noreferrer">
          {source.publisher || new URL(source.url).hostname}
        </a>
        {source.accessed ? <span className="muted"> (accessed {formatDate(source.accessed)})</span> : null}
      </>
    )
  }
  return <span className="muted">Source unavailable to readers</span>
}
