import type { Metadata } from 'next'

import Link from 'next/link'
import React from 'react'

import { AccountMenu } from '@/components/site/account/AccountMenu'
import { NavLink } from '@/components/site/NavLink.client'
import { defaultMetadata } from '@/lib/metadata'
import { siteUrl } from '@/lib/siteUrl'

import './styles.css'

export const metadata: Metadata = defaultMetadata(siteUrl())

const NAV_LINKS = [
  { href: '/articles', label: 'Analysis' },
  { href: '/countries', label: 'Countries' },
  { href: '/indicators', label: 'Indicators' },
  { href: '/compare', label: 'Compare' },
] as const

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
            <span>
              Crossroads
              <span className="site-header__tagline">Central Asia · South Caucasus</span>
            </span>
          </Link>
          <nav aria-label="Main" className="site-nav">
            <ul>
              {NAV_LINKS.map((link) => (
                <li key={link.href}>
                  <NavLink href={link.href}>{link.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="site-header__tools">
            <form action="/search" className="site-search" method="get" role="search">
              <label className="visually-hidden" htmlFor="site-search-q">
                Search Crossroads
              </label>
              <input autoComplete="off" id="site-search-q" name="q" placeholder="Search Crossroads" type="search" />
              <button type="submit">Search</button>
            </form>
            <AccountMenu />
          </div>
        </div>
      </header>
      <main className="site-main" id="main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <div className="site-footer__about">
            <p className="site-footer__brand">
              <span aria-hidden>✣</span> Crossroads
            </p>
            <p>
              Analysis and data on Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, Turkmenistan, Azerbaijan, Armenia and
              Georgia. Every figure carries its unit, period and a link to its source.
            </p>
          </div>
          <nav aria-label="Sections" className="site-footer__links">
            <h2>Read</h2>
            <ul>
              <li>
                <Link href="/articles">Analysis</Link>
              </li>
              <li>
                <Link href="/authors">Authors</Link>
              </li>
              <li>
                <Link href="/search">Search</Link>
              </li>
            </ul>
          </nav>
          <nav aria-label="Data" className="site-footer__links">
            <h2>Data</h2>
            <ul>
              <li>
                <Link href="/countries">Countries</Link>
              </li>
              <li>
                <Link href="/indicators">Indicators</Link>
              </li>
              <li>
                <Link href="/compare">Compare countries</Link>
              </li>
            </ul>
          </nav>
          <nav aria-label="Follow" className="site-footer__links">
            <h2>Follow</h2>
            <ul>
              <li>
                <a href="/feed.xml">RSS feed</a>
              </li>
              <li>
                <a href="/sitemap.xml">Sitemap</a>
              </li>
            </ul>
          </nav>
        </div>
        <p className="site-footer__legal">
          Demo content: the prose was written for this demonstration; figures come from the think tank’s fact sheet with
          their sources.
        </p>
      </footer>
    </body>
  </html>
)

export default RootLayout
