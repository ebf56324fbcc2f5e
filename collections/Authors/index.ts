import type { CollectionConfig } from 'payload'

import { isEditorField, isStaffField } from '@/access'
import { aliasesField, searchNamesField } from '@/fields/aliases'
import { richTextField } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { writeSearchNames } from '@/hooks/writeSearchNames'

export const Authors: CollectionConfig<'authors'> = {
  slug: 'authors',
  admin: {
    defaultColumns: ['name', 'affiliation', '_status', 'updatedAt'],
    group: 'Content',
    listSearchableFields: ['name', 'affiliation'],
    useAsTitle: 'name',
  },
  defaultPopulate: { affiliation: true, name: true, photo: true, slug: true },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', maxLength: 120, required: true },
    slugField({ from: 'name' }),
    { name: 'affiliation', type: 'text', maxLength: 200 },
    aliasesField({
      description:
        'Other spellings readers may search for, e.g. from a passport or an earlier publication. A spelling in Cyrillic that transliterates to the name (Жанат Момынкулов for Zhanat Momynkulov) is found without one.',
    }),
    { name: 'photo', type: 'upload', relationTo: 'media' },
    richTextField({ name: 'bio', label: 'Biography' }),
    { name: 'countriesOfFocus', type: 'relationship', hasMany: true, relationTo: 'countries' },
    {
      name: 'user',
      type: 'relationship',
      access: { create: isEditorField, read: isStaffField, update: isEditorField },
      admin: {
        description: 'The staff account that writes under this byline: an analyst may edit drafts of its articles.',
        position: 'sidebar',
      },
      relationTo: 'users',
    },
    {
      name: 'links',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [{ name: 'label', type: 'text', required: true }, urlField({ required: true })],
        },
      ],
    },
    searchNamesField,
  ],
  hooks: {
    beforeChange: [writeSearchNames],
  },
}
