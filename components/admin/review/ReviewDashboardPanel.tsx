import type { ServerProps } from 'payload'

import Link from 'next/link'
import React from 'react'

import { hasRole } from '@/access/roles'
import { getOpenStaleQuotes } from '@/lib/staleQuotes/queue'
import { getReviewQueue } from '@/lib/workflow/reviewQueue'

import { waitedFor } from './ReviewFrame'

/** Dashboard panel for editors and admins: how much waits for review, what may be out of date, and a link to the queue. */
export const ReviewDashboardPanel = async ({ payload, user }: ServerProps) => {
  if (!user || !hasRole(user, 'admin', 'editor')) {
    return null
  }
  const [items, staleQuotes] = await Promise.all([
    getReviewQueue({ payload, user }),
    getOpenStaleQuotes({ payload, user }),
  ])
  const oldest = items[0]
  return (
    <section aria-labelledby="review-panel" className="review-panel">
      <h2 id="review-panel">Review queue</h2>
      <p>
        {items.length === 0
          ? 'Nothing is waiting for review.'
          : `${items.length} ${items.length === 1 ? 'change waits' : 'changes wait'} for review; the oldest for ${waitedFor(oldest?.submittedAt)}.`}
      </p>
      {staleQuotes.length > 0 ? (
        <p>
          {staleQuotes.length} {staleQuotes.length === 1 ? 'sentence' : 'sentences'} in published articles may be out of
          date.
        </p>
      ) : null}
      <Link className="btn btn--style-primary btn--size-small" href="/admin/review">
        Open the review queue
      </Link>
    </section>
  )
}
