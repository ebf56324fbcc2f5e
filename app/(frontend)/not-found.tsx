import type { Metadata } from 'next'

import Link from 'next/link'
import React from 'react'

export const metadata: Metadata = { robots: { index: false }, title: 'Page not found' }

const NotFound = () => (
  <div className="not-found">
    <p className="eyebrow">Error 404</p>
    <h1>Page not found</h1>
    <p className="page-header__lede">The page may have moved, or it has not been published yet.</p>
    <form action="/search" className="search-form" method="get" role="search">
      <label htmlFor="not-found-q">Search Crossroads instead</label>
      <div className="search-form__row">
        <input id="not-found-q" name="q" type="search" />
        <button className="button" type="submit">
          Search
        </button>
      </div>
    </form>
    <p>
      Or go to the <Link href="/">latest analysis</Link>, the <Link href="/countries">country profiles</Link> or the{' '}
      <Link href="/articles">archive</Link>.
    </p>
  </div>
)

export default NotFound
