import React from 'react'

import type { Event } from '@/payload-types'

/** Dated list of events, newest first as given. */
export const EventList = ({ events }: { events: Event[] }) => (
  <ul className="event-list">
    {events.map((event) => (
      <li key={event.id}>
        <time dateTime={event.date ?? undefined}>{event.dateText}</time>
        <span>{event.title}</span>
      </li>
    ))}
  </ul>
)
