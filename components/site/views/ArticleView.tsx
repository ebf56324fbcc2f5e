import Link from 'next/link'
import React from 'react'

import type { OpenGraphImage } from '@/lib/metadata'
import type { Article, Author, Country, Media } from '@/payload-types'

import { topicLabel } from '@/lib/articles/options'
import { ArticleCard } from '@/components/site/ArticleCard'
import { CountryTags } from '@/components/site/CountryTags'
import { formatDate } from '@/lib/format'
import { getRelatedArticles } from '@/lib/queries/articles'
import { resolveRichTextReferences } from '@/lib/queries/richText'
import { readingMinutes, richTextToPlainText } from '@/lib/richText/plainText'
import { collectFootnotes } from '@/lib/richText/references'
import { RichText } from '@/lib/richText/RichText'
import { absoluteUrl } from '@/lib/siteUrl'

export const populatedAuthors = (authors: unknown[] | null | undefined): Author[] =>
  (authors ?? []).filter((author): author is Author => typeof author === 'object' && author !== null)

export const populatedMedia = (media: unknown): Media | null =>
  media && typeof media === 'object' && (media as Media).url ? (media as Media) : null

/** The upload's 1200×630 "card" rendition when sharp made one, else the original. */
export const mediaToOpenGraphImage = (media: Media): OpenGraphImage => {
  const card = media.sizes?.card
  return card?.url
    ? { alt: media.alt, height: card.height ?? undefined, url: card.url, width: card.width ?? undefined }
    : { alt: media.alt, height: media.height ?? undefined, url: media.url!, width: media.width ?? undefined }
}

/** An article as readers read it: header, hero, body with its footnotes, and related articles. */
export const ArticleView = async ({ article }: { article: Article }) => {
  const footnotes = collectFootnotes(article.body)
  const numbers = new Map(footnotes.map((note, index) => [note.id, index + 1]))
  const [resolved, related] = await Promise.all([resolveRichTextReferences(article.body), getRelatedArticles(article)])
  const authors = populatedAuthors(article.authors)
  const countries = (article.countries ?? []).filter(
    (country): country is Country => typeof country === 'object' && country !== null,
  )
  const hero = populatedMedia(article.heroImage)
  const minutes = readingMinutes(richTextToPlainText(article.body))
  const path = `/articles/${article.slug}`
  const structuredData = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    author: authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: absoluteUrl(`/authors/${author.slug}`),
    })),
    dateModified: article.updatedAt,
    datePublished: article.publishedAt ?? undefined,
    description: article.dek,
    headline: article.title,
    mainEntityOfPage: absoluteUrl(path),
    publisher: { '@type': 'Organization', name: 'Crossroads' },
  }

  return (
    <article className="article">
      <script
        // JSON.stringify output with "<" escaped cannot close the script element.
        dangerouslySetInnerHTML={{ __html: JSON.stringify(structuredData).replace(/</g, '\\u003c') }}
        type="application/ld+json"
      />
      <header className="article-header">
        <p className="eyebrow">
          <Link href="/articles">{article.section}</Link>
          {(article.topics ?? []).slice(0, 3).map((topic) => (
            <React.Fragment key={topic}>
              {' · '}
              <Link href={`/articles?topic=${topic}`}>{topicLabel(topic)}</Link>
            </React.Fragment>
          ))}
        </p>
        <h1>{article.title}</h1>
        <p className="dek">{article.dek}</p>
        <p className="byline">
          By{' '}
          {authors.map((author, index) => (
            <React.Fragment key={author.id}>
              {index > 0 ? (index === authors.length - 1 ? ' and ' : ', ') : ''}
              <Link href={`/authors/${author.slug}`}>{author.name}</Link>
            </React.Fragment>
          ))}
          {article.publishedAt ? (
            <>
              {' · '}
              <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
            </>
          ) : null}
          {` · ${minutes} min read`}
        </p>
      </header>

      {hero ? (
        <figure className="article-hero">
          {/* eslint-disable-next-line @next/next/no-img-element -- uploads are already resized by sharp */}
          <img alt={hero.alt} height={hero.height ?? undefined} src={hero.url!} width={hero.width ?? undefined} />
          {hero.caption || hero.credit ? (
            <figcaption>
              {hero.caption}
              {hero.credit ? <span className="credit"> {hero.credit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}

      <div className="prose">
        <RichText doc={article.body} footnoteNumbers={numbers} resolved={resolved} />
      </div>

      {article.corrections?.length ? (
        <aside aria-labelledby="corrections-title" className="article-corrections">
          <h2 id="corrections-title">{article.corrections.length === 1 ? 'Correction' : 'Corrections'}</h2>
          {article.corrections.map((correction) => (
            <p key={correction.id ?? correction.date}>
              <time dateTime={correction.date}>{formatDate(correction.date)}</time>: {correction.text}
            </p>
          ))}
        </aside>
      ) : null}

      <footer className="article-footer">
        {footnotes.length ? (
          <section aria-labelledby="notes-title" className="article-footer__section">
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
          <section aria-labelledby="countries-title" className="article-footer__section">
            <h2 id="countries-title">Countries in this analysis</h2>
            <CountryTags countries={countries} />
          </section>
        ) : null}

        {authors.length ? (
          <section aria-labelledby="authors-title" className="article-footer__section">
            <h2 id="authors-title">About the {authors.length > 1 ? 'authors' : 'author'}</h2>
            {authors.map((author) => (
              <div className="author-box" key={author.id}>
                <h3>
                  <Link href={`/authors/${author.slug}`}>{author.name}</Link>
                </h3>
                {author.affiliation ? <p className="author-box__affiliation">{author.affiliation}</p> : null}
                <div className="author-box__bio">
                  <RichText doc={author.bio} />
                </div>
                <p className="author-box__more">
                  <Link href={`/authors/${author.slug}`}>All of {author.name}’s analysis</Link>
                </p>
              </div>
            ))}
          </section>
        ) : null}
      </footer>

      {related.length ? (
        <section aria-labelledby="related-title" className="related">
          <div className="section-title">
            <h2 id="related-title">Related analysis</h2>
          </div>
          <ul className="article-list article-list--grid article-list--three">
            {related.map((item) => (
              <ArticleCard article={item} key={item.id} />
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
