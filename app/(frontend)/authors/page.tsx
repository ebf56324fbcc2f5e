import type { Metadata } from 'next'

import Link from 'next/link'
import React from 'react'

import type { Country } from '@/payload-types'

import { pageMetadata } from '@/lib/metadata'
import { getAuthorsWithArticleCounts } from '@/lib/queries/authors'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  description: 'The researchers and writers behind Crossroads analysis of Central Asia and the South Caucasus.',
  path: '/authors',
  title: 'Authors',
})

const AuthorsPage = async () => {
  const authors = await getAuthorsWithArticleCounts()
  return (
    <div className="listing-page">
      <header className="page-header">
        <p className="eyebrow">Contributors</p>
        <h1>Authors</h1>
        <p className="page-header__lede">
          Researchers and writers from universities and institutes in the region and beyond.
        </p>
      </header>
      {authors.length ? (
        <ul className="author-grid">
          {authors.map(({ articleCount, author }) => {
            const focus = (author.countriesOfFocus ?? []).filter(
              (country): country is Country => typeof country === 'object' && country !== null,
            )
            return (
              <li className="author-card" key={author.id}>
                <h2>
                  <Link href={`/authors/${author.slug}`}>{author.name}</Link>
                </h2>
                {author.affiliation ? <p className="author-card__affiliation">{author.affiliation}</p> : null}
                {focus.length ? (
                  <p className="author-card__focus">
                    <span className="visually-hidden">Countries of focus: </span>
                    {focus.map((country) => country.name).join(' · ')}
                  </p>
                ) : null}
                <p className="author-card__count">
                  {articleCount} {articleCount === 1 ? 'analysis' : 'analyses'}
                </p>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="empty-state">No authors have been published yet.</p>
      )}
    </div>
  )
}

export default AuthorsPage
