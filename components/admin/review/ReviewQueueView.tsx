import type { AdminViewServerProps } from 'payload'

import Link from 'next/link'
import React from 'react'

import { hasRole } from '@/access/roles'
import { getOpenStaleQuotes } from '@/lib/staleQuotes/queue'
import { listReviewers } from '@/lib/workflow/assignment'
import { formatDueAt } from '@/lib/workflow/assignmentRules'
import { ageOf, isOverdue, queueCounts } from '@/lib/workflow/queueOrder'
import { COLLECTION_LABELS, getReviewQueue } from '@/lib/workflow/reviewQueue'
import { EDITORIAL_COLLECTIONS } from '@/lib/workflow/states'

import { AnomalyBadges } from './AnomalyBadges'
import { formatWhen, ReviewFrame } from './ReviewFrame'
import { StaleQuotesSection } from './StaleQuotesSection'
import { WaitingCounts } from './WaitingCounts'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || ''

/**
 * /admin/review: what waits for review, since when, from whom, with whom and by when; overdue first,
 * filterable by collection, country and reviewer, with counts per collection and country.
 */
export const ReviewQueueView = async (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const collection = first(props.searchParams?.collection)
  const country = first(props.searchParams?.country)
  const assignee = first(props.searchParams?.assignee)
  const now = new Date()
  if (!req.user || !hasRole(req.user, 'admin', 'editor')) {
    return (
      <ReviewFrame title="Review queue" viewProps={props}>
        {null}
      </ReviewFrame>
    )
  }
  const [items, countries, staleQuotes, reviewers] = await Promise.all([
    getReviewQueue({ assignee, collection, country, now, payload: req.payload, user: req.user }),
    req.payload.find({
      collection: 'countries',
      depth: 0,
      limit: 500,
      overrideAccess: false,
      pagination: false,
      select: { name: true },
      sort: 'name',
      user: req.user,
    }),
    getOpenStaleQuotes({ payload: req.payload, user: req.user }),
    listReviewers(req.payload),
  ])
  const counts = queueCounts(items, now)
  const bySubmission = new Map<string, typeof items>()
  for (const item of items) {
    if (item.submission) {
      bySubmission.set(item.submission, [...(bySubmission.get(item.submission) ?? []), item])
    }
  }
  const submissions = [...bySubmission].filter(([, figures]) => figures.length > 1)
  return (
    <ReviewFrame title="Review queue" viewProps={props}>
      {submissions.length > 0 ? (
        <section aria-labelledby="review-submissions">
          <h2 id="review-submissions">Submissions of several figures</h2>
          <ul>
            {submissions.map(([submission, figures]) => {
              const flagged = figures.filter((item) => item.flags.length > 0).length
              return (
                <li key={submission}>
                  <Link href={`/admin/review-batch/${encodeURIComponent(submission)}`}>
                    Review {figures.length} figures from {figures[0].submittedBy} together
                  </Link>
                  {flagged > 0 ? ` (${flagged} flagged)` : ''}
                </li>
              )
            })}
          </ul>
        </section>
      ) : null}
      <StaleQuotesSection items={staleQuotes} />
      <h2>Changes waiting for review</h2>
      <form action="/admin/review" className="review__filters" method="get">
        <label>
          Collection
          <select defaultValue={collection} name="collection">
            <option value="">All collections</option>
            {EDITORIAL_COLLECTIONS.map((slug) => (
              <option key={slug} value={slug}>
                {COLLECTION_LABELS[slug]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Country
          <select defaultValue={country} name="country">
            <option value="">All countries</option>
            {countries.docs.map((item) => (
              <option key={item.id} value={String(item.id)}>
                {item.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Assigned to
          <select defaultValue={assignee} name="assignee">
            <option value="">Anyone or the desk</option>
            <option value="me">Me</option>
            <option value="none">Nobody (the desk)</option>
            {reviewers
              .filter((reviewer) => String(reviewer.id) !== String(req.user?.id))
              .map((reviewer) => (
                <option key={reviewer.id} value={String(reviewer.id)}>
                  {reviewer.name}
                </option>
              ))}
          </select>
        </label>
        <button className="btn btn--style-secondary btn--size-small" type="submit">
          Filter
        </button>
      </form>
      {items.length === 0 ? (
        <p className="review__empty">
          Nothing is waiting for review{collection || country || assignee ? ' with these filters' : ''}.
        </p>
      ) : (
        <>
          <WaitingCounts counts={counts} />
          <table className="review__table">
            <caption>
              {items.length} {items.length === 1 ? 'change waits' : 'changes wait'} for review
              {counts.overdue > 0 ? `, ${counts.overdue} overdue` : ''}: overdue first, then flagged figures, then
              oldest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Flags</th>
                <th scope="col">Collection</th>
                <th scope="col">Countries</th>
                <th scope="col">Submitted by</th>
                <th scope="col">Waiting</th>
                <th scope="col">Assigned to</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr
                  className={isOverdue(item, now) ? 'desk__row--overdue' : undefined}
                  key={`${item.collection}-${item.id}`}
                >
                  <td>
                    <Link href={`/admin/review/${item.collection}/${item.id}`}>{item.title}</Link>
                  </td>
                  <td>{item.flags.length > 0 ? <AnomalyBadges flags={item.flags} /> : '—'}</td>
                  <td>{COLLECTION_LABELS[item.collection]}</td>
                  <td>{item.countries.join(', ') || '—'}</td>
                  <td>{item.submittedBy}</td>
                  <td>
                    <span title={formatWhen(item.submittedAt)}>{ageOf(item.submittedAt, now) || '—'}</span>
                  </td>
                  <td>{item.assignedTo?.name ?? <span className="review__muted">The desk</span>}</td>
                  <td>
                    {item.dueAt ? (
                      isOverdue(item, now) ? (
                        <strong className="desk__overdue">Overdue since {formatDueAt(item.dueAt)}</strong>
                      ) : (
                        formatDueAt(item.dueAt)
                      )
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ReviewFrame>
  )
}
