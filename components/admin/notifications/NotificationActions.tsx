'use client'

import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

type Props = {
  id: number | string
  isUnread: boolean
  link: null | string
  text: string
  title: string
  when: string
}

/** Marks notifications read through the REST API, which lets a person change only `readAt` of their own. */
const markRead = async (query: string) => {
  const response = await fetch(`/api/notifications${query}`, {
    body: JSON.stringify({ readAt: new Date().toISOString() }),
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    method: 'PATCH',
  })
  return response.ok ? null : `Could not mark it read: the server answered ${response.status}. Try again.`
}

/** One notification: opening it marks it read and goes to the item. */
export const NotificationEntry = ({ id, isUnread, link, text, title, when }: Props) => {
  const router = useRouter()
  const [error, setError] = useState<null | string>(null)
  const read = async () => {
    const refusal = isUnread ? await markRead(`/${id}`) : null
    setError(refusal)
    return refusal === null
  }
  const open = async (event: React.MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    if (await read()) {
      router.push(link!)
      router.refresh()
    }
  }
  return (
    <li className={isUnread ? 'notifications__item notifications__item--unread' : 'notifications__item'}>
      <div className="notifications__head">
        {isUnread ? <span className="notifications__dot">Unread</span> : null}
        {link ? (
          <a className="notifications__title" href={link} onClick={open}>
            {title}
          </a>
        ) : (
          <span className="notifications__title">{title}</span>
        )}
        <span className="review__muted notifications__when">{when}</span>
      </div>
      {text ? <p className="notifications__text">{text}</p> : null}
      {isUnread ? (
        <button
          className="btn btn--style-secondary btn--size-small notifications__mark"
          onClick={async () => (await read()) && router.refresh()}
          type="button"
        >
          Mark read
        </button>
      ) : null}
      {error ? <p className="review__error">{error}</p> : null}
    </li>
  )
}

/** Marks every unread notification of the person read. */
export const MarkAllRead = () => {
  const router = useRouter()
  const [error, setError] = useState<null | string>(null)
  const markAll = async () => {
    const refusal = await markRead('?where[readAt][exists]=false')
    setError(refusal)
    if (!refusal) {
      router.refresh()
    }
  }
  return (
    <>
      <button className="btn btn--style-primary btn--size-small" onClick={markAll} type="button">
        Mark all read
      </button>
      {error ? <p className="review__error">{error}</p> : null}
    </>
  )
}
