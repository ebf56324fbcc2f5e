import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'
import React from 'react'

import type { Country } from '@/payload-types'

import { ArticleCard } from '@/components/site/ArticleCard'
import { CountryTags } from '@/components/site/CountryTags'
import { pageMetadata } from '@/lib/metadata'
import { getArticlesByAuthor } from '@/lib/queries/articles'
import { getAuthorBySlug } from '@/lib/queries/authors'
import { excerpt, richTextToPlainText } from '@/lib/richText/plainText'
import { RichText } from '@/lib/richText/RichText'

export const dynamic = 'force-static'
export const revalidate = 3600

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const author = await getAuthorBySlug((await params).slug)
  if (!author) {
    return { robots: { index: false }, title: 'Author not found' }
  }
  const bio = richTextToPlainText(author.bio)
  return pageMetadata({
    description: bio
      ? excerpt(bio, 200)
      : `Analysis by ${author.name}${author.affiliation ? `, ${author.affiliation}` : ''}.`,
    path: `/authors/${author.slug}`,
    title: author.name,
    type: 'profile',
  })
}

const AuthorPage = async ({ params }: Props) => {
  const author = await getAuthorBySlug((await params).slug)
  if (!author) {
    notFound()
  }
  const articles = await getArticlesByAuthor(author.id)
  const focus = (author.countriesOfFocus ?? []).filter(
    (country): country is Country => typeof country === 'object' && country !== null,
  )
  return (
    <div className="author-page">
      <header className="page-header">
        <p className="eyebrow">
          <Link href="/authors">Authors</Link>
        </p>
        <h1>{author.name}</h1>
        {author.affiliation ? <p className="page-header__lede">{author.affiliation}</p> : null}
      </header>
      <div className="author-page__layout">
        <div className="author-page__bio prose">
          <RichText doc={author.bio} />
        </div>
        <aside aria-label={`About ${author.name}`} className="facts-box">
          {focus.length ? (
            <>
              <h2>Countries of focus</h2>
              <CountryTags countries={focus} />
            </>
          ) : null}
          {author.links?.length ? (
            <>
              <h2>Elsewhere</h2>
              <ul className="link-list">
                {author.links.map((link) => (
                  <li key={link.id ?? link.url}>
                    <a href={link.url} rel="noopener noreferrer">
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="facts-box__note">
            {articles.length} published {articles.length === 1 ? 'analysis' : 'analyses'}
          </p>
        </aside>
      </div>
      <section aria-labelledby="author-articles-title" className="home-section">
        <div className="section-title">
          <h2 id="author-articles-title">Analysis by {author.name}</h2>
        </div>
        {articles.length ? (
          <ul className="article-list article-list--grid">
            {articles.map((article) => (
              <ArticleCard article={article} key={article.id} />
            ))}
          </ul>
        ) : (
          <p className="empty-state">Nothing by {author.name} has been published yet.</p>
        )}
      </section>
    </div>
  )
}

export default AuthorPage
