import type { AdminViewServerProps } from 'payload'

import Link from 'next/link'
import React from 'react'

import { AdminPage } from '@/components/admin/AdminPage'
import { formatWhen } from '@/components/admin/review/ReviewFrame'
import { PREFERENCES_PATH } from '@/lib/notifications/notify'
import { getNotifications } from '@/lib/notifications/queries'

import { MarkAllRead, NotificationEntry } from './NotificationActions'

/** /admin/notifications: what a member of staff was told about, newest first, unread marked. */
export const NotificationsView = async (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const notifications = req.user ? await getNotifications({ payload: req.payload, user: req.user }) : []
  const unread = notifications.filter((notification) => !notification.readAt).length
  return (
    <AdminPage
      allowedRoles={['admin', 'editor', 'analyst']}
      className="review"
      refusal="Notifications are for members of staff."
      title="Notifications"
      viewProps={props}
    >
      <div className="notifications__bar">
        <p className="review__meta">
          {notifications.length === 0
            ? 'Nothing yet. You will find here what you are told about: submissions, requests for changes, approvals, publications, mentions and overdue items.'
            : `${unread === 0 ? 'All read' : `${unread} unread`} · newest first`}
        </p>
        <div className="notifications__tools">
          {unread > 0 ? <MarkAllRead /> : null}
          <Link className="btn btn--style-secondary btn--size-small" href={PREFERENCES_PATH}>
            Choose what you are told
          </Link>
        </div>
      </div>
      {notifications.length > 0 ? (
        <ul aria-label="Your notifications" className="notifications__list">
          {notifications.map((notification) => (
            <NotificationEntry
              id={notification.id}
              isUnread={!notification.readAt}
              key={notification.id}
              link={notification.link ?? null}
              text={notification.text ?? ''}
              title={notification.title}
              when={formatWhen(notification.createdAt)}
            />
          ))}
        </ul>
      ) : null}
    </AdminPage>
  )
}
