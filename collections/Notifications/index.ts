import type { CollectionConfig, Field } from 'payload'

import { ownNotifications } from '@/access/ownNotifications'
import { DELIVERIES, NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS } from '@/lib/notifications/kinds'

const serverOnly = { create: () => false, update: () => false }

/** Every field but `readAt` is written once by the server (lib/notifications/notify.ts). */
const written = (field: Field): Field => ({ ...field, access: serverOnly }) as Field

/**
 * What a member of staff was told about: one row per person and event, written only by the server
 * (lib/notifications/notify.ts). Each person reads their own and may only mark them read; the
 * daily digest job mails the rows left for it and stamps `emailedAt`.
 */
export const Notifications: CollectionConfig<'notifications'> = {
  slug: 'notifications',
  access: {
    create: () => false,
    delete: () => false,
    read: ownNotifications,
    update: ownNotifications,
  },
  admin: {
    defaultColumns: ['createdAt', 'title', 'kind', 'readAt'],
    group: 'Administration',
    hidden: true,
    useAsTitle: 'title',
  },
  defaultSort: '-createdAt',
  fields: [
    written({ name: 'recipient', type: 'relationship', index: true, maxDepth: 0, relationTo: 'users', required: true }),
    written({
      name: 'kind',
      type: 'select',
      index: true,
      options: NOTIFICATION_KINDS.map((value) => ({ label: NOTIFICATION_KIND_LABELS[value], value })),
      required: true,
    }),
    written({ name: 'title', type: 'text', required: true }),
    written({ name: 'text', type: 'textarea' }),
    written({ name: 'link', type: 'text' }),
    written({ name: 'actorName', type: 'text' }),
    written({ name: 'documentCollection', type: 'text', index: true }),
    written({ name: 'documentId', type: 'text', index: true }),
    written({ name: 'documentTitle', type: 'text' }),
    // Set once an overdue reminder went out for one item and due date, so the job never repeats it.
    written({ name: 'onceKey', type: 'text', index: true }),
    written({
      name: 'delivery',
      type: 'select',
      index: true,
      options: DELIVERIES.map((value) => ({ label: value, value })),
      required: true,
    }),
    written({ name: 'emailedAt', type: 'date', index: true }),
    { name: 'readAt', type: 'date', index: true },
  ],
  timestamps: true,
}
