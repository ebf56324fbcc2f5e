import type { Metadata } from 'next'

import Link from 'next/link'
import React from 'react'

import { AccountMenu } from '@/components/site/account/AccountMenu'

import './styles.css'

export const metadata: Metadata = {
  description: 'Independent analysis and data on Central Asia and the South Caucasus.',
  title: { default: 'Crossroads — Central Asia & South Caucasus analysis', template: '%s — Crossroads' },
}

const RootLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="en">
    <body>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="site-header__brand" href="/">
            <span aria-hidden className="site-header__mark">
              ✣
            </span>
            Crossroads
          </Link>
          <nav aria-label="Main">
            <ul className="site-nav">
              <li>
                <Link href="/#analysis">Analysis</Link>
              </li>
              <li>
                <Link href="/countries">Countries</Link>
              </li>
            </ul>
          </nav>
          <AccountMenu />
        </div>
      </header>
      <main className="site-main" id="main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>
            <strong>Crossroads</strong> publishes analysis and data on Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan,
            Turkmenistan, Azerbaijan, Armenia and Georgia.
          </p>
          <p>
            Every figure links to its source. Demo content: prose written for this demo from the think tank’s fact
            sheet.
          </p>
        </div>
      </footer>
    </body>
  </html>
)

export default RootLayout
