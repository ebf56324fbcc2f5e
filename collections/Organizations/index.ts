import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'
import { ORGANIZATION_KINDS } from '@/lib/organizations/options'

export const Organizations: CollectionConfig<'organizations'> = {
  slug: 'organizations',
  admin: {
    defaultColumns: ['acronym', 'name', 'kind', '_status', 'updatedAt'],
    group: 'Reference data',
    listSearchableFields: ['acronym', 'name'],
    useAsTitle: 'acronym',
  },
  defaultPopulate: { acronym: true, kind: true, name: true, slug: true },
  defaultSort: 'acronym',
  fields: [
    {
      name: 'acronym',
      type: 'text',
      admin: { description: 'Short name used in lists, e.g. SCO. Use the full name if there is none.' },
      maxLength: 60,
      required: true,
      unique: true,
    },
    { name: 'name', type: 'text', maxLength: 200, required: true },
    slugField({ from: 'acronym' }),
    { name: 'kind', type: 'select', options: [...ORGANIZATION_KINDS], required: true },
    {
      name: 'members',
      type: 'relationship',
      hasMany: true,
      relationTo: 'countries',
    },
    { name: 'note', type: 'textarea', maxLength: 1000 },
  ],
}
