import React from 'react'

import type { CitationSubject } from '@/lib/citation/citation'

import { subjectToCitation } from '@/lib/citation/citation'
import { CITATION_PUBLISHER, DATA_LICENCE } from '@/lib/citation/licence'
import { formatDate } from '@/lib/format'

/** How to cite the page: its permanent address, the day accessed, plain text and BibTeX. */
export const CiteThis = ({ subject }: { subject: CitationSubject }) => {
  const citation = subjectToCitation(subject)
  return (
    <div aria-labelledby="cite-title" className="cite-this" role="group">
      <h3 id="cite-title">Cite this</h3>
      <p className="muted">
        Permanent address
        {subject.asOf ? `, pinned to the figures of ${formatDate(subject.asOf)}` : ''}:{' '}
        <a href={subject.permalink}>{subject.permalink}</a>. Accessed {formatDate(subject.accessedOn)}. Reuse under{' '}
        <a href={DATA_LICENCE.url} rel="license noopener noreferrer">
          {DATA_LICENCE.name}
        </a>
        , crediting {CITATION_PUBLISHER} and the sources.
      </p>
      <pre aria-label="Citation" className="cite-this__text">
        {citation.text}
      </pre>
      <details className="cite-this__bibtex">
        <summary>BibTeX</summary>
        <pre aria-label="Citation in BibTeX">{citation.bibtex}</pre>
      </details>
    </div>
  )
}
