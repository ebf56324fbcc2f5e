import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React from 'react'

import {
  ArticleView,
  mediaToOpenGraphImage,
  populatedAuthors,
  populatedMedia,
} from '@/components/site/views/ArticleView'
import { topicLabel } from '@/lib/articles/options'
import { pageMetadata } from '@/lib/metadata'
import { getArticleBySlug } from '@/lib/queries/articles'

export const dynamic = 'force-static'
export const revalidate = 3600

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const article = await getArticleBySlug((await params).slug)
  if (!article) {
    return { robots: { index: false }, title: 'Article not found' }
  }
  const hero = populatedMedia(article.heroImage)
  return pageMetadata({
    authors: populatedAuthors(article.authors).map((author) => author.name),
    description: article.dek,
    image: hero ? mediaToOpenGraphImage(hero) : undefined,
    modifiedTime: article.updatedAt,
    path: `/articles/${article.slug}`,
    publishedTime: article.publishedAt ?? undefined,
    tags: (article.topics ?? []).map(topicLabel),
    title: article.title,
    type: 'article',
  })
}

const ArticlePage = async ({ params }: Props) => {
  const article = await getArticleBySlug((await params).slug)
  if (!article) {
    notFound()
  }
  return <ArticleView article={article} />
}

export default ArticlePage
