import type { Metadata } from 'next'

import React from 'react'

import { defaultMetadata } from '@/lib/metadata'
import { siteUrl } from '@/lib/siteUrl'

import '@/app/(frontend)/styles.css'
import './embed.css'

// Embeds live inside other sites' pages: indexing them would compete with the pages they come from.
export const metadata: Metadata = { ...defaultMetadata(siteUrl()), robots: { follow: true, index: false } }

/** The frame of `/embed/…`: one chart alone, without the site's header, navigation and footer. */
const EmbedLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="en">
    <head>
      {/* Links in a framed chart or table (sources, history, the full page) open outside the frame. */}
      <base target="_blank" />
    </head>
    <body className="embed">
      <main className="embed__main">{children}</main>
    </body>
  </html>
)

export default EmbedLayout
