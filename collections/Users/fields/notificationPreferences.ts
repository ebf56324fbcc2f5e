import type { Field } from 'payload'

import { selfOrAdminField } from '@/access/selfOrAdminField'
import { DELIVERIES, DELIVERY_LABELS, NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS } from '@/lib/notifications/kinds'

/**
 * Which notifications a member of staff receives, and how: their own to change (and an admin's).
 * Readers never get staff notifications, so the group is hidden on their accounts.
 */
export const notificationPreferencesField: Field = {
  name: 'notificationPreferences',
  type: 'group',
  access: { create: selfOrAdminField, read: selfOrAdminField, update: selfOrAdminField },
  admin: {
    condition: (data) => data?.role !== 'reader',
    description: 'What you are told about, in the notifications list in the admin and by email.',
  },
  fields: [
    {
      name: 'delivery',
      type: 'radio',
      defaultValue: 'immediately',
      label: 'Email',
      options: DELIVERIES.map((value) => ({ label: DELIVERY_LABELS[value], value })),
    },
    ...NOTIFICATION_KINDS.map((kind): Field => ({
      name: kind,
      type: 'checkbox',
      defaultValue: true,
      label: NOTIFICATION_KIND_LABELS[kind],
    })),
  ],
  label: 'Notifications',
}
