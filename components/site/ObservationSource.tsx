import Link from 'next/link'
import React from 'react'

import type { Article, Observation } from '@/payload-types'

import { formatDate } from '@/lib/format'

/** Link to where a figure comes from: the article and its endnote, or the web page with its access date. */
export const ObservationSource = ({ source }: { source: Observation['source'] }) => {
  const article = source?.article as Article | null | number | undefined
  if (article && typeof article === 'object') {
    const footnote = source?.footnote
    const number = footnote ? (article.footnoteIds ?? []).indexOf(footnote) + 1 : 0
    const anchor = number > 0 ? `#note-${footnote}` : ''
    return (
      <Link href={`/articles/${article.slug}${anchor}`}>
        {article.title}
        {number > 0 ? `, note ${number}` : ''}
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
