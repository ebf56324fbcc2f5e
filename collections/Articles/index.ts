import type { CollectionConfig } from 'payload'

import { richTextField } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'

import { editorialAccess, editorialVersions } from '../editorial'
import { checkReferences } from './hooks/checkReferences'
import { setPublishedAt } from './hooks/setPublishedAt'

export const TOPICS = [
  'borders',
  'conflict',
  'critical-minerals',
  'culture',
  'digital',
  'diplomacy',
  'economic-integration',
  'education',
  'energy',
  'governance',
  'health',
  'identity',
  'infrastructure',
  'investment',
  'logistics',
  'migration',
  'security',
  'tourism',
  'trade',
  'aviation',
] as const

export const topicLabel = (topic: string): string => (topic[0].toUpperCase() + topic.slice(1)).replace(/-/g, ' ')

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  access: editorialAccess,
  admin: {
    defaultColumns: ['title', 'authors', 'publishedAt', '_status', 'updatedAt'],
    group: 'Content',
    listSearchableFields: ['title', 'dek'],
    useAsTitle: 'title',
  },
  defaultPopulate: { authors: true, dek: true, heroImage: true, publishedAt: true, slug: true, title: true },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', maxLength: 200, minLength: 5, required: true },
    slugField({ from: 'title' }),
    {
      name: 'dek',
      type: 'textarea',
      admin: { description: 'One or two sentences shown under the title and in lists.' },
      maxLength: 400,
      required: true,
    },
    {
      name: 'section',
      type: 'select',
      defaultValue: 'analysis',
      options: [
        { label: 'Analysis', value: 'analysis' },
        { label: 'Commentary', value: 'commentary' },
        { label: 'Briefing', value: 'briefing' },
      ],
      required: true,
    },
    richTextField({ name: 'body', required: true }),
    {
      name: 'references',
      type: 'array',
      admin: {
        description: 'Endnotes. Cite one in the text with the footnote button; numbering follows the text.',
        initCollapsed: true,
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'marker',
              type: 'text',
              admin: { width: '15%' },
              maxLength: 24,
              required: true,
            },
            { name: 'title', type: 'text', maxLength: 400, required: true },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'publisher', type: 'text', maxLength: 200 },
            urlField(),
            { name: 'accessed', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
          ],
        },
      ],
    },
    {
      name: 'authors',
      type: 'relationship',
      admin: { position: 'sidebar' },
      hasMany: true,
      minRows: 1,
      relationTo: 'authors',
      required: true,
    },
    {
      name: 'publishedAt',
      type: 'date',
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Shown to readers. Filled in on first publication when left empty.',
        position: 'sidebar',
      },
      index: true,
    },
    {
      name: 'countries',
      type: 'relationship',
      admin: { position: 'sidebar' },
      hasMany: true,
      index: true,
      relationTo: 'countries',
    },
    {
      name: 'topics',
      type: 'select',
      admin: { position: 'sidebar' },
      hasMany: true,
      options: TOPICS.map((value) => ({ label: topicLabel(value), value })),
    },
    { name: 'heroImage', type: 'upload', admin: { position: 'sidebar' }, relationTo: 'media' },
  ],
  hooks: {
    beforeChange: [setPublishedAt],
    beforeValidate: [checkReferences],
  },
  versions: editorialVersions,
}
