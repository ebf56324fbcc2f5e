import Link from 'next/link'
import React from 'react'

const NotFound = () => (
  <div className="empty-state" style={{ margin: '4rem auto', maxWidth: '36rem' }}>
    <h1>Page not found</h1>
    <p>The page may have moved, or it has not been published yet.</p>
    <p>
      <Link href="/">Latest analysis</Link> · <Link href="/countries">Countries</Link>
    </p>
  </div>
)

export default NotFound
