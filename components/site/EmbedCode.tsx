import React from 'react'

import { absoluteUrl } from '@/lib/siteUrl'

import './charts/charts.css'

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/** The iframe code for an `/embed/…` address, to copy from a read-only box that opens without JavaScript. */
export const EmbedCode = ({
  embedPath,
  id,
  summary,
  title,
}: {
  embedPath: string
  id: string
  summary: string
  title: string
}) => (
  <details className="chart-figure__embed">
    <summary>{summary}</summary>
    <label htmlFor={`${id}-embed-code`}>Paste this code into your page:</label>
    <textarea
      className="chart-figure__embed-code"
      defaultValue={`<iframe src="${absoluteUrl(embedPath)}" title="${escapeAttribute(title)}" width="800" height="600" style="border:0;max-width:100%" loading="lazy"></iframe>`}
      id={`${id}-embed-code`}
      readOnly
      rows={3}
    />
  </details>
)
