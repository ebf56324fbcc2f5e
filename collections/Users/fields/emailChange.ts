import type { Field } from 'payload'

/**
 * A person's own new email address waits here until the link mailed to it is followed
 * (`holdOwnEmailChange`); only the server writes these fields.
 */
export const emailChangeFields: Field[] = [
  {
    name: 'pendingEmail',
    type: 'email',
    access: { create: () => false, update: () => false },
    admin: {
      condition: (data) => Boolean(data?.pendingEmail),
      description:
        'Waiting for confirmation: a link was mailed to this address. The sign-in email changes when it is opened (within 24 hours).',
      position: 'sidebar',
      readOnly: true,
    },
    label: 'New email (unconfirmed)',
  },
  {
    name: 'emailChangeTokenHash',
    type: 'text',
    access: { create: () => false, read: () => false, update: () => false },
    hidden: true,
    index: true,
  },
  {
    name: 'emailChangeExpiresAt',
    type: 'date',
    access: { create: () => false, read: () => false, update: () => false },
    hidden: true,
  },
]
