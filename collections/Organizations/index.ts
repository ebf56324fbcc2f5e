import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'

export const ORGANIZATION_KINDS = [
  { label: 'Intergovernmental organisation', value: 'intergovernmental' },
  { label: 'Military alliance', value: 'military-alliance' },
  { label: 'Economic union', value: 'economic-union' },
  { label: 'Bloc', value: 'bloc' },
  { label: 'Diplomatic format', value: 'diplomatic-format' },
  { label: 'Treaty', value: 'treaty' },
  { label: 'Forum or council', value: 'forum' },
  { label: 'Initiative or programme', value: 'initiative' },
  { label: 'Corridor, pipeline or network', value: 'infrastructure' },
  { label: 'Financial institution', value: 'financial-institution' },
  { label: 'State agency', value: 'state-agency' },
  { label: 'Think tank', value: 'think-tank' },
  { label: 'University', value: 'university' },
  { label: 'Company', value: 'company' },
  { label: 'Other', value: 'other' },
] as const

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
