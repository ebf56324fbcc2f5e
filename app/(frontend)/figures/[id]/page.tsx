import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'
import React from 'react'

import type { RevisionEntry } from '@/lib/queries/figureRevisions'

import { FigureValue } from '@/components/site/FigureValue'
import { ObservationSource } from '@/components/site/ObservationSource'
import { formatDate, formatValue } from '@/lib/format'
import { getFigureHistory } from '@/lib/queries/figureRevisions'

import '@/components/site/views/views.css'

export const dynamic = 'force-static'
export const revalidate = 3600

type Props = { params: Promise<{ id: string }> }

const titleOf = (data: NonNullable<Awaited<ReturnType<typeof getFigureHistory>>>) =>
  `${data.indicator.name}: ${data.country.name}${data.partner ? ` × ${data.partner.name}` : ''}, ${data.figure.periodLabel}`

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const data = await getFigureHistory((await params).id)
  return data
    ? { description: `When this figure was published and every later revision.`, title: `History of ${titleOf(data)}` }
    : { title: 'Figure not found' }
}

const WHAT: Record<RevisionEntry['kind'], string> = {
  published: 'First published',
  revised: 'Revised',
  withdrawn: 'Withdrawn',
}

const RevisionItem = ({
  entry,
  indicator,
}: {
  entry: RevisionEntry
  indicator: { decimals?: null | number; scale?: null | string }
}) => {
  const valueText = (value: null | number, valueMax: null | number) =>
    value === null
      ? '—'
      : formatValue({ decimals: indicator.decimals, scale: indicator.scale, unit: entry.unit ?? '', value, valueMax })
  return (
    <li>
      <p className="revision-log__what">
        {WHAT[entry.kind]} on <time dateTime={entry.publishedAt}>{formatDate(entry.publishedAt)}</time>
      </p>
      <p className="revision-log__value">
        {entry.kind === 'published' ? (
          valueText(entry.value, entry.valueMax)
        ) : entry.kind === 'withdrawn' ? (
          <>{valueText(entry.previousValue, entry.previousValueMax)} no longer shown</>
        ) : (
          <>
            <del>{valueText(entry.previousValue, entry.previousValueMax)}</del> →{' '}
            <ins>{valueText(entry.value, entry.valueMax)}</ins>
          </>
        )}
      </p>
      {entry.reason ? <p className="revision-log__reason">Reason: {entry.reason}</p> : null}
      <p className="muted">Approved by {entry.approvedBy}</p>
    </li>
  )
}

/** One published figure and its public revision log: first publication, each revision with the reason, who approved it. */
const FigurePage = async ({ params }: Props) => {
  const data = await getFigureHistory((await params).id)
  if (!data) {
    notFound()
  }
  const { country, figure, indicator, log, partner } = data
  return (
    <div className="data-view">
      <header className="index-header">
        <p className="eyebrow">Figure history</p>
        <h1>{titleOf(data)}</h1>
        <p className="dek">
          Now published: <FigureValue figure={figure} indicator={indicator} showHistory={false} />
          {figure.subject ? ` (${figure.subject})` : null}
        </p>
        <p>
          Source: <ObservationSource source={figure.source} />
        </p>
        <p>
          <Link href={`/indicators/${indicator.slug}`}>{indicator.name}</Link> ·{' '}
          <Link href={`/countries/${country.slug}`}>{country.name}</Link>
          {partner ? (
            <>
              {' '}
              · <Link href={`/countries/${partner.slug}`}>{partner.name}</Link>
            </>
          ) : null}
        </p>
      </header>
      <section aria-labelledby="revision-log">
        <h2 className="section-title" id="revision-log">
          Revision log
        </h2>
        {log.length ? (
          <ol className="revision-log">
            {[...log].reverse().map((entry) => (
              <RevisionItem entry={entry} indicator={indicator} key={`${entry.publishedAt}-${entry.kind}`} />
            ))}
          </ol>
        ) : (
          <p className="empty-state">No publication of this figure has been recorded yet.</p>
        )}
        <p className="muted">
          Newest first. Every value ever published for this figure stays listed here; a comparison or indicator page
          pinned to a date (<code>?asOf=YYYY-MM-DD</code>) shows the figures as they stood then.
        </p>
      </section>
    </div>
  )
}

export default FigurePage
