import Link from 'next/link'
import React from 'react'

import type { StaleQuoteItem } from '@/lib/staleQuotes/queue'

import { formatWhen } from './ReviewFrame'
import { StaleQuoteActions } from './StaleQuoteActions'

/** The sentence with the words carrying the figure marked. */
const Sentence = ({ phrase, sentence }: { phrase: string; sentence: string }) => {
  const at = phrase ? sentence.indexOf(phrase) : -1
  if (at < 0) {
    return <>{sentence}</>
  }
  return (
    <>
      {sentence.slice(0, at)}
      <mark>{phrase}</mark>
      {sentence.slice(at + phrase.length)}
    </>
  )
}

/**
 * "May be out of date": published articles quoting a figure an approved change altered, each with
 * the sentence, old → new value, a link to the article and the editor's two decisions.
 */
export const StaleQuotesSection = ({ items }: { items: StaleQuoteItem[] }) => (
  <section aria-labelledby="review-stale" className="stale">
    <h2 id="review-stale">May be out of date</h2>
    {items.length === 0 ? (
      <p className="review__empty">No published article quotes a figure that has changed since.</p>
    ) : (
      <table className="review__table">
        <caption>
          {items.length} {items.length === 1 ? 'sentence quotes' : 'sentences quote'} a figure whose published value has
          changed
        </caption>
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Sentence</th>
            <th scope="col">Old → new</th>
            <th scope="col">Flagged</th>
            <th scope="col">Decision</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link href={`/admin/collections/articles/${item.articleId}`}>{item.articleTitle}</Link>
                {item.articleSlug ? (
                  <span className="review__muted">
                    {' '}
                    (<a href={`/articles/${item.articleSlug}`}>public page</a>)
                  </span>
                ) : null}
              </td>
              <td>
                <Sentence phrase={item.phrase} sentence={item.sentence} />
                <span className="review__muted">
                  {' '}
                  {item.kind === 'liveFigure' ? '(live figure: now shows the new value)' : '(typed number)'}
                </span>
              </td>
              <td className="stale__values">
                <del>{item.oldText}</del> → <ins>{item.newText}</ins>
                {item.observation ? (
                  <Link className="stale__figure" href={`/admin/collections/observations/${item.observation.id}`}>
                    {item.observation.title}
                  </Link>
                ) : null}
              </td>
              <td>{formatWhen(item.flaggedAt)}</td>
              <td>
                <StaleQuoteActions id={item.id} title={item.articleTitle} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </section>
)
