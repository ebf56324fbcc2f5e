import type { AdminViewServerProps } from 'payload'

import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import React from 'react'

import type { ReviewQueueItem } from '@/lib/workflow/reviewQueue'

import { hasRole } from '@/access/roles'
import { formatDueAt } from '@/lib/workflow/assignmentRules'
import { getDesk } from '@/lib/workflow/desk'
import { ageOf, isOverdue } from '@/lib/workflow/queueOrder'
import { COLLECTION_LABELS } from '@/lib/workflow/reviewQueue'

import { AnomalyBadges } from '@/components/admin/review/AnomalyBadges'
import { formatWhen } from '@/components/admin/review/ReviewFrame'
import { WaitingCounts } from '@/components/admin/review/WaitingCounts'

type Column = 'assignee' | 'comment' | 'due' | 'scheduled' | 'submitter' | 'updated' | 'waiting'

const HEADINGS: Record<Column, string> = {
  assignee: 'Assigned to',
  comment: 'Editor’s comment',
  due: 'Due',
  scheduled: 'Publishes',
  submitter: 'Submitted by',
  updated: 'Last saved',
  waiting: 'Waiting',
}

const linkOf = (item: ReviewQueueItem, isReviewer: boolean) =>
  isReviewer && item.status === 'in_review'
    ? `/admin/review/${item.collection}/${item.id}`
    : `/admin/collections/${item.collection}/${item.id}`

const Due = ({ item, now }: { item: ReviewQueueItem; now: Date }) =>
  item.dueAt ? (
    isOverdue(item, now) ? (
      <strong className="desk__overdue">Overdue since {formatDueAt(item.dueAt)}</strong>
    ) : (
      <>{formatDueAt(item.dueAt)}</>
    )
  ) : (
    <>—</>
  )

const cell = (column: Column, item: ReviewQueueItem, now: Date): React.ReactNode => {
  switch (column) {
    case 'assignee':
      return item.assignedTo?.name ?? <span className="review__muted">The desk</span>
    case 'comment':
      return item.reviewComment ? <q>{item.reviewComment}</q> : '—'
    case 'due':
      return <Due item={item} now={now} />
    case 'scheduled':
      return formatWhen(item.scheduledPublishAt)
    case 'submitter':
      return item.submittedBy
    case 'updated':
      return `${ageOf(item.updatedAt, now)} ago`
    case 'waiting':
      return ageOf(item.submittedAt, now)
  }
}

type SectionProps = {
  columns: Column[]
  empty: string
  id: string
  isReviewer: boolean
  items: ReviewQueueItem[]
  limit?: number
  more?: { href: string; label: string }
  now: Date
  title: string
}

/** One list of the desk: a table of changes, or a sentence saying there is nothing. */
const DeskSection = ({ columns, empty, id, isReviewer, items, limit = 10, more, now, title }: SectionProps) => (
  <section aria-labelledby={id} className="desk__section">
    <h2 id={id}>
      {title} <span className="desk__count">{items.length}</span>
    </h2>
    {items.length === 0 ? (
      <p className="review__empty">{empty}</p>
    ) : (
      <table className="review__table">
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Collection</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {HEADINGS[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.slice(0, limit).map((item) => (
            <tr
              className={isOverdue(item, now) ? 'desk__row--overdue' : undefined}
              key={`${item.collection}-${item.id}`}
            >
              <td>
                <Link href={linkOf(item, isReviewer)}>{item.title}</Link>
                {item.flags.length > 0 ? <AnomalyBadges flags={item.flags} /> : null}
              </td>
              <td>{COLLECTION_LABELS[item.collection]}</td>
              {columns.map((column) => (
                <td key={column}>{cell(column, item, now)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    )}
    {more && items.length > 0 ? (
      <p>
        <Link href={more.href}>{items.length > limit ? `${more.label} (${items.length})` : more.label}</Link>
      </p>
    ) : null}
  </section>
)

/**
 * /admin for staff: the desk, in place of Payload's grid of collections (one click away at
 * /admin/all-collections). Editors and admins see what waits for review and for them; analysts see
 * their own drafts, what came back and what waits. Everything is read as the person (lib/workflow/desk.ts).
 */
export const DeskView = async (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const user = req.user
  const now = new Date()
  if (!user || !hasRole(user, 'admin', 'editor', 'analyst')) {
    return (
      <Gutter className="review desk">
        <h1 className="review__title">Crossroads admin</h1>
        <p>Only staff use the admin.</p>
      </Gutter>
    )
  }
  const desk = await getDesk({ now, payload: req.payload, user })
  const { counts } = desk
  return (
    <Gutter className="review desk">
      <div className="desk__header">
        <h1 className="review__title">Desk</h1>
        <Link className="btn btn--style-secondary btn--size-small" href="/admin/all-collections">
          All collections
        </Link>
      </div>
      {desk.isReviewer ? (
        <>
          <p className="desk__summary">
            {counts.total === 0
              ? 'Nothing is waiting for review.'
              : `${counts.total} ${counts.total === 1 ? 'change waits' : 'changes wait'} for review`}
            {counts.overdue > 0 ? (
              <>
                {' · '}
                <strong className="desk__overdue">{counts.overdue} overdue</strong>
              </>
            ) : null}
            {counts.total > 0 ? (
              <>
                {' · '}
                <Link href="/admin/review?assignee=none">
                  {desk.waiting.filter((item) => !item.assignedTo).length} left to the desk
                </Link>
              </>
            ) : null}
          </p>
          {counts.total > 0 ? <WaitingCounts counts={counts} linkToQueue maxCountries={12} /> : null}
          <DeskSection
            columns={['submitter', 'waiting', 'due']}
            empty="Nothing is assigned to you."
            id="desk-mine"
            isReviewer
            items={desk.assignedToMe}
            more={{ href: '/admin/review?assignee=me', label: 'All assigned to me' }}
            now={now}
            title="Assigned to me"
          />
          <DeskSection
            columns={['submitter', 'waiting', 'assignee', 'due']}
            empty="Nothing is waiting for review."
            id="desk-waiting"
            isReviewer
            items={desk.waiting}
            more={{ href: '/admin/review', label: 'Open the review queue' }}
            now={now}
            title="Waiting for review"
          />
          <DeskSection
            columns={['comment', 'updated']}
            empty="None of your submissions came back."
            id="desk-came-back"
            isReviewer
            items={desk.cameBack}
            now={now}
            title="My submissions that came back"
          />
          <DeskSection
            columns={['scheduled']}
            empty="Nothing is scheduled for the next seven days."
            id="desk-scheduled"
            isReviewer
            items={desk.scheduled}
            now={now}
            title="Scheduled in the next 7 days"
          />
        </>
      ) : (
        <>
          <DeskSection
            columns={['comment', 'updated']}
            empty="Nothing came back to you."
            id="desk-came-back"
            isReviewer={false}
            items={desk.cameBack}
            now={now}
            title="Came back with comments"
          />
          <DeskSection
            columns={['updated']}
            empty="You have no drafts waiting to be submitted."
            id="desk-drafts"
            isReviewer={false}
            items={desk.myDrafts}
            now={now}
            title="My drafts"
          />
          <DeskSection
            columns={['waiting', 'assignee', 'due']}
            empty="Nothing of yours is waiting for review."
            id="desk-waiting"
            isReviewer={false}
            items={desk.myWaiting}
            now={now}
            title="Waiting for review"
          />
        </>
      )}
    </Gutter>
  )
}
