import type { CollectionConfig } from 'payload'

import { isSignedIn, ownerOnly, ownerOrAdmin } from '@/access'
import { assignOwnerOnCreate } from '@/hooks/assignOwnerOnCreate'

/** A country a reader follows; "My Crossroads" lists its latest analyses. */
export const Follows: CollectionConfig<'follows'> = {
  slug: 'follows',
  access: {
    create: isSignedIn,
    delete: ownerOnly,
    read: ownerOrAdmin,
    update: ownerOnly,
  },
  admin: {
    defaultColumns: ['user', 'country', 'createdAt'],
    group: 'Readers',
    hidden: ({ user }) => user?.role !== 'admin',
  },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      access: { update: () => false },
      admin: { readOnly: true },
      index: true,
      relationTo: 'users',
      required: true,
    },
    {
      name: 'country',
      type: 'relationship',
      relationTo: 'countries',
      required: true,
    },
  ],
  hooks: {
    beforeValidate: [assignOwnerOnCreate],
  },
  indexes: [{ fields: ['user', 'country'], unique: true }],
}
