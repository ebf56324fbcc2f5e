import type { Metadata } from 'next'

import Link from 'next/link'
import { redirect } from 'next/navigation'
import React from 'react'

import '@/components/site/account/account.css'
import { FollowCountryButton } from '@/components/site/account/FollowCountryButton'
import { Flag } from '@/components/site/Flag'
import { comparisonQueryToPath } from '@/lib/series/compareQuery'
import { formatDate } from '@/lib/format'
import { absoluteUrl } from '@/lib/siteUrl'
import {
  getFollowedCountries,
  getOwnDigestSubscription,
  getSavedComparisons,
  getSignedInUser,
} from '@/lib/queries/account'

import { replaceFeedAddress, saveDigestChoice } from './changeDigestActions'
import { DeleteComparisonButton, SaveComparisonForm } from './SavedComparisonActions.client'

export const metadata: Metadata = { robots: { index: false }, title: 'My Crossroads' }

const MyCrossroadsPage = async () => {
  const user = await getSignedInUser()
  if (!user) {
    redirect('/sign-in?callbackUrl=/my')
  }
  const [followed, comparisons, digest] = await Promise.all([
    getFollowedCountries(user),
    getSavedComparisons(user),
    getOwnDigestSubscription(user),
  ])
  const feedUrl = digest?.feedToken ? absoluteUrl(`/feeds/changes/${digest.feedToken}.xml`) : null

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

      <section aria-labelledby="digest-heading">
        <h2 className="section-title" id="digest-heading">
          Changes to what you follow
        </h2>
        <p>
          When our editors approve a new or revised figure for a country you follow or a comparison you saved, or
          publish an analysis on a country you follow, you can hear of it: old and new values with their sources.
        </p>
        <form action={saveDigestChoice} className="account-form digest-form">
          <label className="digest-form__choice">
            <input defaultChecked={Boolean(digest?.email)} name="email" type="checkbox" /> Email me a daily digest
            (at 06:00 UTC, only on days with changes)
          </label>
          <button className="button" type="submit">
            Save
          </button>
        </form>
        <h3>Private RSS feed</h3>
        {feedUrl ? (
          <form action={replaceFeedAddress} className="account-form digest-form">
            <label htmlFor="digest-feed-url">
              Paste this address into your feed reader. It is yours alone: anyone who has it can read the feed.
            </label>
            <input id="digest-feed-url" readOnly type="url" value={feedUrl} />
            <button className="button digest-form__secondary" type="submit">
              Replace the address (the old one stops working)
            </button>
          </form>
        ) : (
          <form action={replaceFeedAddress} className="account-form digest-form">
            <button className="button" type="submit">
              Make my private feed
            </button>
          </form>
        )}
      </section>
    </div>
  )
}

export default MyCrossroadsPage
