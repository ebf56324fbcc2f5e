import type { CollectionConfig } from 'payload'

import { aliasesField, searchNamesField } from '@/fields/aliases'
import { writeSearchNames } from '@/hooks/writeSearchNames'

export const Places: CollectionConfig<'places'> = {
  slug: 'places',
  admin: {
    defaultColumns: ['name', 'country', '_status', 'updatedAt'],
    description: 'Cities and regions readers search for: a search for a place finds the analysis that names it.',
    group: 'Reference data',
    listSearchableFields: ['name', 'searchNames'],
    useAsTitle: 'name',
  },
  defaultPopulate: { aliases: true, country: true, name: true },
  defaultSort: 'name',
  fields: [
    {
      name: 'name',
      type: 'text',
      admin: { description: 'As our articles spell it, e.g. Almaty.' },
      maxLength: 120,
      required: true,
    },
    { name: 'country', type: 'relationship', index: true, relationTo: 'countries', required: true },
    aliasesField({ description: 'Names in other languages and scripts and older names, e.g. Алматы, Alma-Ata.' }),
    { name: 'note', type: 'textarea', maxLength: 1000 },
    searchNamesField,
  ],
  hooks: {
    beforeChange: [writeSearchNames],
  },
}
