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

type Props = {
  article: Article
  /** The title's heading level, so cards fit the outline of the page they are on. */
  headingLevel?: 2 | 3
  /** `lead` for the front page's top story: larger title and the full dek. */
  variant?: 'compact' | 'default' | 'lead'
}

export const ArticleCard = ({ article, headingLevel = 3, variant = 'default' }: Props) => {
  const Heading = `h${headingLevel}` as const
  return (
    <li className={`article-card article-card--${variant}`}>
      <p className="eyebrow">{article.section}</p>
      <Heading className="article-card__title">
        <Link href={`/articles/${article.slug}`}>{article.title}</Link>
      </Heading>
      {variant === 'compact' ? null : <p className="article-card__dek">{article.dek}</p>}
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
}
