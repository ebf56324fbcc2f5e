import type { CollectionConfig } from 'payload'

import { richTextField } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { INDICATOR_CATEGORIES, INDICATOR_KINDS, INDICATOR_SCALES } from '@/lib/indicators/options'

import { anomalyThresholdsField } from './fields/anomalyThresholds'

export const Indicators: CollectionConfig<'indicators'> = {
  slug: 'indicators',
  admin: {
    defaultColumns: ['name', 'unit', 'kind', 'category', '_status', 'updatedAt'],
    group: 'Data',
    listSearchableFields: ['name', 'description'],
    useAsTitle: 'name',
  },
  defaultPopulate: {
    category: true,
    decimals: true,
    kind: true,
    name: true,
    otherUnits: true,
    scale: true,
    slug: true,
    unit: true,
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', maxLength: 160, required: true },
    slugField({ from: 'name' }),
    {
      type: 'row',
      fields: [
        {
          name: 'unit',
          type: 'text',
          admin: { description: 'e.g. USD, percent, MW, persons.' },
          maxLength: 40,
          required: true,
        },
        {
          name: 'otherUnits',
          type: 'text',
          admin: { description: 'Other units observations may use (e.g. EUR beside USD).' },
          hasMany: true,
          maxLength: 40,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'scale',
          type: 'select',
          admin: { description: 'How values are shown to readers: 3000000000 USD in billions is "3.0 bn".' },
          defaultValue: '1',
          options: [...INDICATOR_SCALES],
          required: true,
        },
        {
          name: 'decimals',
          type: 'number',
          defaultValue: 1,
          max: 6,
          min: 0,
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'category', type: 'select', options: [...INDICATOR_CATEGORIES], required: true },
        {
          name: 'kind',
          type: 'select',
          admin: { description: 'Bilateral figures describe a country and a partner (e.g. trade with China).' },
          defaultValue: 'country',
          options: [...INDICATOR_KINDS],
          required: true,
        },
      ],
    },
    {
      name: 'mirrorIndicator',
      type: 'relationship',
      admin: {
        condition: (data) => data?.kind === 'bilateral',
        description:
          'Bilateral only: the indicator the partner reports the same flow under (exports A→B mirror imports B←A). Left empty, the mirror is this indicator with reporter and partner swapped.',
      },
      relationTo: 'indicators',
    },
    { name: 'description', type: 'textarea', maxLength: 1000, required: true },
    richTextField({ name: 'methodology' }),
    {
      name: 'defaultSource',
      type: 'group',
      fields: [{ name: 'name', type: 'text', maxLength: 200 }, urlField()],
    },
    anomalyThresholdsField,
  ],
}
