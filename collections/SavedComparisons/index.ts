import type { CollectionConfig } from 'payload'

import { isSignedIn, ownerOnly, ownerOrAdmin } from '@/access'
import { assignOwnerOnCreate } from '@/hooks/assignOwnerOnCreate'
import { comparisonLinkToQuery } from '@/lib/series/compareQuery'

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
        beforeValidate: [
          ({ previousValue, value }) =>
            typeof value === 'string' && value !== previousValue ? (comparisonLinkToQuery(value) ?? value) : value,
        ],
      },
      maxLength: 500,
      required: true,
      // A new or changed query must be a comparison within today's limits; one stored earlier (up to
      // twelve countries and indicators were allowed) stays as saved, so its owner can still rename it.
      validate: (value: null | string | undefined, { previousValue }: { previousValue?: unknown }) =>
        (typeof value === 'string' && (value === previousValue || comparisonLinkToQuery(value) === value)) ||
        'Paste a link to a comparison, e.g. /compare?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume',
    },
  ],
  hooks: {
    beforeValidate: [assignOwnerOnCreate],
  },
}
