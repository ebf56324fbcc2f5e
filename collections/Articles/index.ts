import type { CollectionConfig } from 'payload'

import { articleAccess } from '@/access/editorial'
import { richTextField } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { TOPICS, topicLabel } from '@/lib/articles/options'

import { correctionsField } from './fields/corrections'
import { requireOwnBylineOnCreate } from './hooks/requireOwnBylineOnCreate'
import { setPublishedAt } from './hooks/setPublishedAt'
import { syncBodyReferences } from './hooks/syncBodyReferences'

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  access: articleAccess,
  admin: {
    components: { beforeListTable: ['/components/admin/import/ImportArticleLink#ImportArticleLink'] },
    defaultColumns: ['title', 'authors', 'publishedAt', '_status', 'updatedAt'],
    group: 'Content',
    listSearchableFields: ['title', 'dek'],
    useAsTitle: 'title',
  },
  defaultPopulate: {
    authors: true,
    dek: true,
    footnoteIds: true,
    heroImage: true,
    publishedAt: true,
    section: true,
    slug: true,
    title: true,
  },
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
      admin: {
        description: 'Countries mentioned in the text are added automatically; add others by hand.',
        position: 'sidebar',
      },
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
    correctionsField,
    {
      name: 'countriesFromText',
      type: 'relationship',
      admin: { hidden: true },
      hasMany: true,
      relationTo: 'countries',
    },
    {
      name: 'footnoteIds',
      type: 'text',
      admin: { hidden: true },
      hasMany: true,
    },
  ],
  hooks: {
    beforeChange: [requireOwnBylineOnCreate, setPublishedAt],
    beforeValidate: [syncBodyReferences],
  },
}
