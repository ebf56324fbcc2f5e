import type { ServerProps } from 'payload'

import Link from 'next/link'
import React from 'react'

import { NOTIFICATIONS_PATH } from '@/lib/notifications/notify'
import { countUnreadNotifications } from '@/lib/notifications/queries'

/** In the admin header: a link to the notifications list with the number not read yet. */
export const NotificationsLink = async ({ payload, user }: ServerProps) => {
  if (!user) {
    return null
  }
  const unread = await countUnreadNotifications({ payload, user })
  return (
    <Link
      aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
      className="notifications-link"
      href={NOTIFICATIONS_PATH}
    >
      Notifications
      {unread > 0 ? (
        <span aria-hidden="true" className="notifications-link__count" data-testid="unread-count">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  )
}
