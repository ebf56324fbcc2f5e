import type { AdminViewServerProps } from 'payload'

import Link from 'next/link'
import React from 'react'

import { hasRole } from '@/access/roles'
import { getFigureSeriesContext } from '@/lib/workflow/figureSeries'
import { previewAddress } from '@/lib/preview/previewAddress'
import { deltaText, trimUnchanged } from '@/lib/workflow/reviewDiff'
import { COLLECTION_LABELS, getReviewItem } from '@/lib/workflow/reviewQueue'
import { isEditorialCollection, WORKFLOW_STATUS_LABELS, type WorkflowStatus } from '@/lib/workflow/states'

import { AnomalyBadges } from './AnomalyBadges'
import { FigureInContext } from './FigureInContext'
import { formatWhen, ReviewFrame } from './ReviewFrame'
import { ReviewActions } from './ReviewActions'

const statusLabel = (status: string) => WORKFLOW_STATUS_LABELS[status as WorkflowStatus] ?? status

/** /admin/review/<collection>/<id>: the pending change against the published version, the actions and the audit trail. */
export const ReviewItemView = async (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const segments = (props.params?.segments as string[] | undefined) ?? []
  const [, collection, id] = segments
  if (!req.user || !hasRole(req.user, 'admin', 'editor')) {
    return (
      <ReviewFrame title="Review" viewProps={props}>
        {null}
      </ReviewFrame>
    )
  }
  const item =
    isEditorialCollection(collection) && id
      ? await getReviewItem({ collection, id, payload: req.payload, user: req.user })
      : null
  const seriesContext =
    item && item.collection === 'observations'
      ? await getFigureSeriesContext({ id: item.id, payload: req.payload, user: req.user })
      : null
  const preview = item ? previewAddress({ collection: item.collection, id: item.id }) : null
  if (!item) {
    return (
      <ReviewFrame title="Review" viewProps={props}>
        <p>
          That document does not exist or you may not see it. <Link href="/admin/review">Back to the queue</Link>
        </p>
      </ReviewFrame>
    )
  }
  return (
    <ReviewFrame title={`Review: ${item.title}`} viewProps={props}>
      <p className="review__meta">
        <Link href="/admin/review">← Review queue</Link> · {COLLECTION_LABELS[item.collection]} ·{' '}
        <strong>{statusLabel(item.status)}</strong> · submitted {formatWhen(item.submittedAt)} ·{' '}
        <Link href={`/admin/collections/${item.collection}/${item.id}`}>Open in the editor</Link>
        {preview ? (
          <>
            {' '}
            · <a href={preview}>Preview the public page</a>
          </>
        ) : null}
      </p>
      {item.flags.length > 0 ? (
        <section aria-labelledby="review-anomaly">
          <h2 id="review-anomaly">Flagged by the anomaly check</h2>
          <AnomalyBadges flags={item.flags} withMessages />
          <p>
            {item.changeReason ? (
              <>
                Reason for this change: <q>{item.changeReason}</q>
              </>
            ) : (
              'No reason for this change yet: give one below to approve, or request changes.'
            )}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="review-changes">
        <h2 id="review-changes">
          {item.isPublished ? 'Changes against the published version' : 'New document (never published)'}
        </h2>
        {item.changes.length === 0 ? (
          <p>No field differs from the published version.</p>
        ) : (
          <table className="review__table review__diff">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {item.changes.map((change) => (
                <tr key={change.path}>
                  <th scope="row">{change.label}</th>
                  <td>
                    {change.kind === 'richText' ? (
                      <p className="review__words">
                        {trimUnchanged(change.segments).map((segment, index) =>
                          segment.kind === 'added' ? (
                            <ins key={index}>{segment.text}</ins>
                          ) : segment.kind === 'removed' ? (
                            <del key={index}>{segment.text}</del>
                          ) : (
                            <span key={index}>{segment.text}</span>
                          ),
                        )}
                      </p>
                    ) : (
                      <span className="review__values">
                        {change.path === 'value' && item.readerValues ? (
                          <>
                            <span className="review__reader-values">
                              <del>{item.readerValues.before ?? '—'}</del> → <ins>{item.readerValues.after ?? '—'}</ins>
                            </span>{' '}
                            <span className="review__exact">exact: </span>
                          </>
                        ) : null}
                        <del>{change.before ?? '—'}</del> → <ins>{change.after ?? '—'}</ins>
                        {change.kind === 'number' ? (
                          <span className="review__delta"> {deltaText(change.delta)}</span>
                        ) : null}
                        {change.path === 'value' ? <AnomalyBadges flags={item.flags} /> : null}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {seriesContext ? (
        <section aria-labelledby="review-context">
          <h2 id="review-context">The figure in its series</h2>
          <FigureInContext context={seriesContext} />
        </section>
      ) : null}
      <ReviewActions
        collection={item.collection}
        id={String(item.id)}
        needsReason={item.flags.length > 0 && !item.changeReason}
        status={item.status}
      />
      <section aria-labelledby="review-history">
        <h2 id="review-history">Audit trail</h2>
        {item.history.length === 0 ? (
          <p>No transitions recorded yet.</p>
        ) : (
          <ol className="review__history">
            {item.history.map((event) => (
              <li key={event.id}>
                <span>{formatWhen(event.createdAt)}</span> — <strong>{event.actorName}</strong>: {event.summary}
                {event.changedFields ? <span className="review__fields"> (changed: {event.changedFields})</span> : null}
                {event.comment ? <blockquote>{event.comment}</blockquote> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </ReviewFrame>
  )
}
