import Link from 'next/link'
import React from 'react'

import type { Article, Author } from '@/payload-types'

import { formatDate, formatList } from '@/lib/format'

export const authorNames = (authors: Article['authors']): string =>
  formatList(
    (authors ?? [])
      .filter((author): author is Author => typeof author === 'object' && author !== null)
      .map((author) => author.name),
  )

export const ArticleCard = ({ article }: { article: Article }) => (
  <li className="article-card">
    <p className="eyebrow">{article.section}</p>
    <h3>
      <Link href={`/articles/${article.slug}`}>{article.title}</Link>
    </h3>
    <p>{article.dek}</p>
    <p className="byline">
      {authorNames(article.authors)}
      {article.publishedAt ? (
        <>
          {' · '}
          <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
        </>
      ) : null}
    </p>
  </li>
)
