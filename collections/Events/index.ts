import type { CollectionConfig } from 'payload'

import { richTextField } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { DATE_PRECISIONS, EVENT_KINDS } from '@/lib/events/options'

import { checkEventDate } from './hooks/checkEventDate'

export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  admin: {
    defaultColumns: ['title', 'date', 'datePrecision', 'kind', '_status'],
    group: 'Data',
    listSearchableFields: ['title', 'location'],
    useAsTitle: 'title',
  },
  defaultPopulate: { date: true, datePrecision: true, dateText: true, kind: true, slug: true, title: true },
  defaultSort: '-date',
  fields: [
    { name: 'title', type: 'text', maxLength: 200, required: true },
    slugField({ from: 'title' }),
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' }, description: 'First day of the event, month or year.' },
          index: true,
        },
        {
          name: 'endDate',
          type: 'date',
          admin: {
            condition: (data) => data?.datePrecision === 'range',
            date: { pickerAppearance: 'dayOnly' },
          },
        },
        {
          name: 'datePrecision',
          type: 'select',
          defaultValue: 'day',
          options: [...DATE_PRECISIONS],
          required: true,
        },
      ],
    },
    {
      name: 'dateText',
      type: 'text',
      admin: { description: 'Written automatically, e.g. “Oct 2025”.', readOnly: true },
    },
    {
      name: 'kind',
      type: 'select',
      options: EVENT_KINDS.map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value })),
      required: true,
    },
    { name: 'location', type: 'text', maxLength: 200 },
    { name: 'countries', type: 'relationship', hasMany: true, index: true, relationTo: 'countries' },
    { name: 'organizations', type: 'relationship', hasMany: true, relationTo: 'organizations' },
    richTextField({ name: 'summary' }),
    {
      name: 'source',
      type: 'group',
      fields: [
        { name: 'article', type: 'relationship', relationTo: 'articles' },
        urlField(),
        { name: 'note', type: 'text', maxLength: 300 },
      ],
    },
  ],
  hooks: {
    beforeValidate: [checkEventDate],
  },
}
