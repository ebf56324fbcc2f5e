/** What a notification is about; each is a preference a person can switch off. */
export const NOTIFICATION_KINDS = [
  'submitted',
  'assigned',
  'changesRequested',
  'approved',
  'published',
  'mention',
  'overdue',
] as const

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  approved: 'My change was approved',
  assigned: 'A change was assigned to me',
  changesRequested: 'Changes were requested on my item',
  mention: 'Someone mentioned me in a comment',
  overdue: 'A change assigned to me is overdue',
  published: 'My change was published',
  submitted: 'A change was submitted for review (editors and admins)',
}

export const isNotificationKind = (value: unknown): value is NotificationKind =>
  typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value)

/** How a person receives mail: one per event, one daily digest, or none (the admin list only). */
export const DELIVERIES = ['immediately', 'dailyDigest', 'none'] as const

export type Delivery = (typeof DELIVERIES)[number]

export const DELIVERY_LABELS: Record<Delivery, string> = {
  dailyDigest: 'One digest a day',
  immediately: 'One email per event',
  none: 'No email (only the list in the admin)',
}

export type NotificationPreferences = {
  delivery?: Delivery | null
} & Partial<Record<NotificationKind, boolean | null>>

/**
 * Whether a person wants `kind`. Every kind is on until they switch it off: who hears about what
 * is decided by who is concerned (editors for submissions, the submitter for a request for changes),
 * so an account saved before preferences existed still hears about its own items.
 */
export const wantsKind = (preferences: NotificationPreferences | null | undefined, kind: NotificationKind): boolean =>
  preferences?.[kind] !== false

export const deliveryOf = (preferences: NotificationPreferences | null | undefined): Delivery =>
  (DELIVERIES as readonly string[]).includes(preferences?.delivery ?? '')
    ? (preferences!.delivery as Delivery)
    : 'immediately'
