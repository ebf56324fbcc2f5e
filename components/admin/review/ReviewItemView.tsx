import type { AdminViewServerProps } from 'payload'

import Link from 'next/link'
import React from 'react'

import { hasRole } from '@/access/roles'
import { commentableFieldsOf } from '@/lib/comments/commentableFields'
import { getCommentThreads, getStaffDirectory } from '@/lib/comments/threads'
import { markNotificationsReadFor } from '@/lib/notifications/queries'
import { previewAddress } from '@/lib/preview/previewAddress'
import { listReviewers } from '@/lib/workflow/assignment'
import { getFigureSeriesContext } from '@/lib/workflow/figureSeries'
import { deltaText, trimUnchanged } from '@/lib/workflow/reviewDiff'
import { COLLECTION_LABELS, getReviewItem } from '@/lib/workflow/reviewQueue'
import { isEditorialCollection, WORKFLOW_STATUS_LABELS, type WorkflowStatus } from '@/lib/workflow/states'

import { AnomalyBadges } from './AnomalyBadges'
import { AssignmentForm } from './AssignmentForm'
import { FigureInContext } from './FigureInContext'
import { formatWhen, ReviewFrame } from './ReviewFrame'
import { ReviewActions } from './ReviewActions'
import { ReviewComments } from './ReviewComments.client'

const statusLabel = (status: string) => WORKFLOW_STATUS_LABELS[status as WorkflowStatus] ?? status

const STAFF = ['admin', 'editor', 'analyst'] as const

/**
 * /admin/review/<collection>/<id>: the pending change against the published version, the comments
 * on it, the actions and the audit trail. Analysts open it to read and answer comments; the
 * decision and the audit trail are for editors and admins.
 */
export const ReviewItemView = async (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const segments = (props.params?.segments as string[] | undefined) ?? []
  const [, collection, id] = segments
  if (!req.user || !hasRole(req.user, ...STAFF)) {
    return (
      <ReviewFrame allowedRoles={[...STAFF]} title="Review" viewProps={props}>
        {null}
      </ReviewFrame>
    )
  }
  const isEditor = hasRole(req.user, 'admin', 'editor')
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
      <ReviewFrame allowedRoles={[...STAFF]} title="Review" viewProps={props}>
        <p>
          That document does not exist or you may not see it. <Link href="/admin/review">Back to the queue</Link>
        </p>
      </ReviewFrame>
    )
  }
  await markNotificationsReadFor({
    documentCollection: item.collection,
    documentId: item.id,
    payload: req.payload,
    user: req.user,
  })
  const [threads, staff] = await Promise.all([
    getCommentThreads({
      documentCollection: item.collection,
      documentId: item.id,
      payload: req.payload,
      user: req.user,
    }),
    getStaffDirectory(req.payload),
  ])
  const changedPaths = new Set(item.changes.map((change) => change.path))
  const commentFields = commentableFieldsOf(req.payload.collections[item.collection].config.fields)
    .map((field) => ({ ...field, isChanged: changedPaths.has(field.path) }))
    .sort((a, b) => Number(b.isChanged) - Number(a.isChanged))
  const openOn = (path: string) => threads.filter((thread) => thread.field === path && thread.status === 'open').length
  const openThreads = threads.filter((thread) => thread.status === 'open').length
  return (
    <ReviewFrame allowedRoles={[...STAFF]} title={`Review: ${item.title}`} viewProps={props}>
      <p className="review__meta">
        <Link href="/admin/review">← Review queue</Link> · {COLLECTION_LABELS[item.collection]} ·{' '}
        <strong>{statusLabel(item.status)}</strong> · submitted {formatWhen(item.submittedAt)} ·{' '}
        <Link href={`/admin/collections/${item.collection}/${item.id}`}>Open in the editor</Link>
        {preview ? (
          <>
            {' '}
            · <a href={preview}>Preview the public page</a>
          </>
        ) : null}{' '}
        · <a href="#comments">{openThreads === 1 ? '1 open comment thread' : `${openThreads} open comment threads`}</a>
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
                  <th scope="row">
                    {change.label}
                    <a className="review__comment-link" href={`#comment-on-${change.path}`}>
                      {openOn(change.path) > 0 ? `${openOn(change.path)} open` : 'Comment'}
                      <span className="review__visually-hidden"> on {change.label}</span>
                    </a>
                  </th>
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
      {item.status === 'in_review' ? (
        <AssignmentForm
          assignedTo={item.assignedTo}
          collection={item.collection}
          dueAt={item.dueAt}
          id={String(item.id)}
          reviewers={(await listReviewers(req.payload)).map(({ id, name }) => ({ id: String(id), name }))}
        />
      ) : null}
      <ReviewComments
        currentUser={{ canResolveAny: isEditor, id: String(req.user.id) }}
        documentCollection={item.collection}
        documentId={String(item.id)}
        fields={commentFields}
        staff={staff}
        threads={threads}
      />
      {isEditor ? (
        <ReviewActions
          collection={item.collection}
          id={String(item.id)}
          needsReason={item.flags.length > 0 && !item.changeReason}
          status={item.status}
        />
      ) : null}
      {isEditor ? (
        <section aria-labelledby="review-history">
          <h2 id="review-history">Audit trail</h2>
          {item.history.length === 0 ? (
            <p>No transitions recorded yet.</p>
          ) : (
            <ol className="review__history">
              {item.history.map((event) => (
                <li key={event.id}>
                  <span>{formatWhen(event.createdAt)}</span> — <strong>{event.actorName}</strong>: {event.summary}
                  {event.changedFields ? (
                    <span className="review__fields"> (changed: {event.changedFields})</span>
                  ) : null}
                  {event.comment ? <blockquote>{event.comment}</blockquote> : null}
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
    </ReviewFrame>
  )
}
