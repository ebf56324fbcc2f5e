import type { CollectionConfig } from 'payload'

import { isSignedIn, ownerOnly, ownerOrAdmin } from '@/access'
import { assignOwnerOnCreate } from '@/hooks/assignOwnerOnCreate'
import { comparisonLinkToQuery } from '@/lib/comparisonQuery'

/** A comparison a reader saved, stored as its `/compare` query so it reopens exactly as saved. */
export const SavedComparisons: CollectionConfig<'saved-comparisons'> = {
  slug: 'saved-comparisons',
  access: {
    create: isSignedIn,
    delete: ownerOnly,
    read: ownerOrAdmin,
    update: ownerOnly,
  },
  admin: {
    defaultColumns: ['title', 'user', 'createdAt'],
    group: 'Readers',
    hidden: ({ user }) => user?.role !== 'admin',
    useAsTitle: 'title',
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
      name: 'title',
      type: 'text',
      maxLength: 120,
      required: true,
    },
    {
      name: 'query',
      type: 'text',
      admin: { description: 'For example countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume' },
      hooks: {
        beforeValidate: [({ value }) => (typeof value === 'string' ? (comparisonLinkToQuery(value) ?? value) : value)],
      },
      maxLength: 500,
      required: true,
      validate: (value: null | string | undefined) =>
        (typeof value === 'string' && comparisonLinkToQuery(value) === value) ||
        'Paste a link to a comparison, e.g. /compare?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume',
    },
  ],
  hooks: {
    beforeValidate: [assignOwnerOnCreate],
  },
}
