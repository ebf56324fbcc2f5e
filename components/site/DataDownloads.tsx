import React from 'react'

import type { CitationSubject } from '@/lib/citation/citation'

import { CiteThis } from '@/components/site/CiteThis'

type DownloadAddress = {
  /** The address of the downloads without extension, e.g. `/indicators/gdp/data`. */
  basePath: string
  /** The query every download keeps from the page (its selection and `asOf`), with its `?`, or ''. */
  query: string
}

/** Links to the page's figures as CSV, JSON and a ZIP with metadata and a README. */
export const DataDownloadLinks = ({ basePath, query }: DownloadAddress) => (
  <>
    <a className="button-link" download href={`${basePath}.csv${query}`}>
      Download CSV
    </a>
    <a className="button-link" download href={`${basePath}.json${query}`}>
      Download JSON
    </a>
    <a className="button-link" download href={`${basePath}.zip${query}`}>
      Download ZIP
    </a>
  </>
)

/** The "Download and cite" section of a profile or indicator page. */
export const DataDownloads = ({ basePath, citation, query }: DownloadAddress & { citation: CitationSubject }) => (
  <section aria-labelledby="downloads-title" className="view-section data-downloads">
    <div className="view-section__head">
      <h2 id="downloads-title">Download and cite</h2>
      <p className="muted">
        The figures of this page with their exact values, units, periods and sources
        {citation.asOf ? `, as published on the day this page is pinned to` : ''}. The ZIP adds the indicator
        definitions and methodology, every source and a README with the licence and how to cite.
      </p>
    </div>
    <p className="data-downloads__links">
      <DataDownloadLinks basePath={basePath} query={query} />
    </p>
    <CiteThis subject={citation} />
  </section>
)
