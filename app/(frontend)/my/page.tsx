import type { Metadata } from 'next'

import Link from 'next/link'
import { redirect } from 'next/navigation'
import React from 'react'

import '@/components/site/account/account.css'
import { FollowCountryButton } from '@/components/site/account/FollowCountryButton'
import { Flag } from '@/components/site/Flag'
import { comparisonQueryToPath } from '@/lib/series/compareQuery'
import { formatDate } from '@/lib/format'
import { getFollowedCountries, getSavedComparisons, getSignedInUser } from '@/lib/queries/account'

import { DeleteComparisonButton, SaveComparisonForm } from './SavedComparisonActions.client'

export const metadata: Metadata = { robots: { index: false }, title: 'My Crossroads' }

const MyCrossroadsPage = async () => {
  const user = await getSignedInUser()
  if (!user) {
    redirect('/sign-in?callbackUrl=/my')
  }
  const [followed, comparisons] = await Promise.all([getFollowedCountries(user), getSavedComparisons(user)])

  return (
    <div className="my-page">
      <header>
        <p className="eyebrow">Signed in as {user.email}</p>
        <h1>My Crossroads</h1>
      </header>

      <section aria-labelledby="followed-heading">
        <h2 className="section-title" id="followed-heading">
          Countries you follow
        </h2>
        {followed.length === 0 ? (
          <p className="empty-state">
            You follow no country yet. Open a <Link href="/countries">country</Link> and choose “Follow”.
          </p>
        ) : (
          <ul className="my-list">
            {followed.map(({ country, latest }) => (
              <li className="my-item" key={country.id}>
                <div>
                  <h3>
                    <Flag country={country} /> <Link href={`/countries/${country.slug}`}>{country.name}</Link>
                  </h3>
                  {latest.length === 0 ? (
                    <p className="my-item__meta">No analysis published on {country.name} yet.</p>
                  ) : (
                    <ul aria-label={`Latest analysis on ${country.name}`}>
                      {latest.map((article) => (
                        <li key={article.id}>
                          <Link href={`/articles/${article.slug}`}>{article.title}</Link>
                          {article.publishedAt ? (
                            <span className="my-item__meta"> · {formatDate(article.publishedAt)}</span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
                <FollowCountryButton countryId={country.id} countryName={country.name} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="comparisons-heading">
        <h2 className="section-title" id="comparisons-heading">
          Saved comparisons
        </h2>
        {comparisons.length === 0 ? (
          <p className="empty-state">No saved comparison yet.</p>
        ) : (
          <ul className="my-list">
            {comparisons.map((comparison) => (
              <li className="my-item" key={comparison.id}>
                <div>
                  <h3>
                    <Link href={comparisonQueryToPath(comparison.query)}>{comparison.title}</Link>
                  </h3>
                  <p className="my-item__meta">Saved {formatDate(comparison.createdAt)}</p>
                </div>
                <DeleteComparisonButton id={comparison.id} title={comparison.title} />
              </li>
            ))}
          </ul>
        )}
        <details className="sign-in__panel" style={{ marginTop: '1rem' }}>
          <summary>Save a comparison from a link</summary>
          <SaveComparisonForm />
        </details>
      </section>
    </div>
  )
}

export default MyCrossroadsPage
