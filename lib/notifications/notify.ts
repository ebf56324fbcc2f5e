import type { Payload, PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { absoluteUrl } from '@/lib/siteUrl'

import type { NotificationKind, NotificationPreferences } from './kinds'

import { deliveryOf, wantsKind } from './kinds'

/** Where each person chooses what they are told (their account page in the admin). */
export const PREFERENCES_PATH = '/admin/account'

/** The in-admin list of a person's notifications. */
export const NOTIFICATIONS_PATH = '/admin/notifications'

type PersonId = number | string

export type NotifyPeopleArgs = {
  /** Who did what the notification is about; never told about their own action. */
  actor?: { email?: null | string; id: PersonId; name?: null | string } | null
  documentCollection?: null | string
  documentId?: null | PersonId
  documentTitle?: null | string
  kind: NotificationKind
  /** A path on this site (`/admin/review/articles/3`) or an absolute URL: where the item is. */
  link: string
  /**
   * A key the event has only once per person (an overdue item and its due date): a person who has
   * a notification with this key already is not told again.
   */
  onceKey?: null | string
  payload: Payload
  /** User IDs; duplicates, empty values, the actor and anyone not active staff are dropped. */
  recipients: (null | PersonId | undefined)[]
  /** Pass the request of the action so the rows join its transaction. */
  req?: PayloadRequest
  /** One line: the mail subject and the title in the list. */
  subject: string
  /** What happened, in plain sentences (the link and the preferences footer are added). */
  text: string
}

type Recipient = {
  email: string
  id: PersonId
  name?: null | string
  notificationPreferences?: NotificationPreferences | null
  role?: null | string
}

export type NotifyPeopleResult = { notified: PersonId[] }

const footer = () =>
  `You receive this because of your notification settings. Choose what you are told, and whether by email or in a daily digest: ${absoluteUrl(PREFERENCES_PATH)}`

const absolute = (link: string) => (/^https?:\/\//.test(link) ? link : absoluteUrl(link))

/** The plain-text body of one notification mail: what happened, where, and how to change the settings. */
export const notificationMailText = ({ link, text }: { link: string; text: string }) =>
  `${text.trim()}\n\nOpen it: ${absolute(link)}\n\n--\n${footer()}\n`

/** The plain-text body of a digest of several notifications. */
export const digestMailText = (items: { link?: null | string; text?: null | string; title: string }[]) =>
  `${items.length} ${items.length === 1 ? 'notification' : 'notifications'} since your last digest:\n\n${items
    .map(
      (item) =>
        `* ${item.title}\n  ${(item.text ?? '').trim().replace(/\n+/g, '\n  ')}${item.link ? `\n  ${absolute(item.link)}` : ''}`,
    )
    .join('\n\n')}\n\nAll your notifications: ${absoluteUrl(NOTIFICATIONS_PATH)}\n\n--\n${footer()}\n`

const isActiveStaff = (person: Recipient) =>
  hasRole({ ...person, collection: 'users' } as never, 'admin', 'editor', 'analyst')

const activeRecipients = async ({ actor, payload, recipients, req }: NotifyPeopleArgs): Promise<Recipient[]> => {
  const actorId = actor ? String(actor.id) : null
  const ids = [...new Set(recipients.filter((id) => id !== null && id !== undefined && id !== '').map(String))].filter(
    (id) => id !== actorId,
  )
  if (ids.length === 0) {
    return []
  }
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { in: ids } },
  })
  return (docs as unknown as Recipient[]).filter(isActiveStaff)
}

const alreadyTold = async ({ onceKey, payload, req }: NotifyPeopleArgs, recipients: Recipient[]) => {
  if (!onceKey || recipients.length === 0) {
    return new Set<string>()
  }
  const { docs } = await payload.find({
    collection: 'notifications',
    depth: 0,
    limit: recipients.length,
    overrideAccess: true,
    pagination: false,
    req,
    select: { recipient: true },
    where: { and: [{ onceKey: { equals: onceKey } }, { recipient: { in: recipients.map((person) => person.id) } }] },
  })
  return new Set(docs.map((doc) => String(typeof doc.recipient === 'object' ? doc.recipient.id : doc.recipient)))
}

/**
 * Tells people about an event: one `notifications` row each (their list in the admin) and, as each
 * chose, a mail now or a line in their next daily digest. The actor, anyone who is not active staff
 * and anyone who switched the kind off are left out. Never throws: a failure is logged, and the
 * action that caused the notification stands.
 */
export const notifyPeople = async (args: NotifyPeopleArgs): Promise<NotifyPeopleResult> => {
  const { actor, documentCollection, documentId, documentTitle, kind, link, onceKey, payload, req, subject, text } =
    args
  const notified: PersonId[] = []
  try {
    const people = (await activeRecipients(args)).filter((person) => wantsKind(person.notificationPreferences, kind))
    const told = await alreadyTold(args, people)
    for (const person of people.filter((candidate) => !told.has(String(candidate.id)))) {
      const delivery = deliveryOf(person.notificationPreferences)
      const isMailedNow = delivery === 'immediately'
      const row = await payload.create({
        collection: 'notifications',
        data: {
          actorName: actor ? (actor.name ?? actor.email ?? null) : null,
          delivery,
          documentCollection: documentCollection ?? null,
          documentId: documentId === null || documentId === undefined ? null : String(documentId),
          documentTitle: documentTitle ?? null,
          emailedAt: isMailedNow ? new Date().toISOString() : null,
          kind,
          link,
          onceKey: onceKey ?? null,
          recipient: person.id as number,
          text,
          title: subject,
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
      notified.push(person.id)
      if (isMailedNow) {
        try {
          await payload.sendEmail({ subject, text: notificationMailText({ link, text }), to: person.email })
        } catch (err) {
          payload.logger.error({ err, msg: `Could not mail the “${kind}” notification to user ${person.id}` })
          await payload.update({
            collection: 'notifications',
            data: { emailedAt: null },
            depth: 0,
            id: row.id,
            overrideAccess: true,
            req,
          })
        }
      }
    }
  } catch (err) {
    payload.logger.error({ err, msg: `Could not record the “${kind}” notification (${subject})` })
  }
  return { notified }
}
