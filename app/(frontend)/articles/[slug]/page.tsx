import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'
import React from 'react'

import type { Author, Country } from '@/payload-types'

import { authorNames } from '@/components/site/ArticleCard'
import { formatDate } from '@/lib/format'
import { getArticleBySlug } from '@/lib/queries/articles'
import { resolveRichTextReferences } from '@/lib/queries/richText'
import { readingMinutes, richTextToPlainText } from '@/lib/richText/plainText'
import { collectFootnotes } from '@/lib/richText/references'
import { RichText } from '@/lib/richText/RichText'

export const dynamic = 'force-static'
export const revalidate = 3600

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const article = await getArticleBySlug((await params).slug)
  return article ? { description: article.dek, title: article.title } : { title: 'Article not found' }
}

const ArticlePage = async ({ params }: Props) => {
  const article = await getArticleBySlug((await params).slug)
  if (!article) {
    notFound()
  }
  const footnotes = collectFootnotes(article.body)
  const numbers = new Map(footnotes.map((note, index) => [note.id, index + 1]))
  const resolved = await resolveRichTextReferences(article.body)
  const authors = (article.authors ?? []).filter((author): author is Author => typeof author === 'object')
  const countries = (article.countries ?? []).filter(
    (country): country is Country => typeof country === 'object' && !!country,
  )
  const minutes = readingMinutes(richTextToPlainText(article.body))

  return (
    <article>
      <header className="article-header">
        <p className="eyebrow">{article.section}</p>
        <h1>{article.title}</h1>
        <p className="dek">{article.dek}</p>
        <p className="byline">
          By {authorNames(article.authors)}
          {article.publishedAt ? (
            <>
              {' · '}
              <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
            </>
          ) : null}
          {` · ${minutes} min read`}
        </p>
      </header>
      <div className="prose">
        <RichText doc={article.body} footnoteNumbers={numbers} resolved={resolved} />
      </div>
      <aside className="article-aside">
        {footnotes.length ? (
          <section aria-labelledby="notes-title">
            <h2 id="notes-title">Notes</h2>
            <ol className="endnotes">
              {footnotes.map((note, index) => (
                <li id={`note-${note.id}`} key={note.id}>
                  {note.url ? (
                    <a href={note.url} rel="noopener noreferrer">
                      {note.title}
                    </a>
                  ) : (
                    note.title
                  )}
                  {note.publisher ? `, ${note.publisher}` : ''}
                  {note.accessed ? ` (accessed ${formatDate(note.accessed)})` : ''}{' '}
                  <a aria-label={`Back to the text of note ${index + 1}`} href={`#cite-${note.id}`}>
                    ↩
                  </a>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {countries.length ? (
          <section aria-labelledby="countries-title">
            <h2 id="countries-title">Countries in this analysis</h2>
            <ul className="tag-list">
              {countries.map((country) => (
                <li key={country.id}>
                  <Link href={`/countries/${country.slug}`}>{country.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="authors-title">
          <h2 id="authors-title">About the {authors.length > 1 ? 'authors' : 'author'}</h2>
          {authors.map((author) => (
            <div className="author-box" key={author.id}>
              <div>
                <h3>{author.name}</h3>
                {author.affiliation ? <p className="muted">{author.affiliation}</p> : null}
                <RichText doc={author.bio} />
              </div>
            </div>
          ))}
        </section>
      </aside>
    </article>
  )
}

export default ArticlePage
