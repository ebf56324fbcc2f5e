import type { CollectionConfig } from 'payload'

import { urlField } from '@/fields/url'
import { OBSERVATION_TEXT_LIMITS, PERIOD_KINDS, PERIOD_YEARS, QUALIFIERS } from '@/lib/observations/options'

import { anomalyField, submissionField } from './fields/review'
import { checkObservation } from './hooks/checkObservation'
import { clearStaleChangeReason } from './hooks/clearStaleChangeReason'
import { scoreObservation } from './hooks/scoreObservation'

export const Observations: CollectionConfig<'observations'> = {
  slug: 'observations',
  admin: {
    components: { beforeListTable: ['/components/admin/import/ImportExportLink#ImportExportLink'] },
    defaultColumns: ['title', 'value', 'unit', 'qualifier', '_status', 'updatedAt'],
    group: 'Data',
    listSearchableFields: ['title', 'subject', 'note'],
    useAsTitle: 'title',
  },
  defaultSort: '-period.end',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'indicator', type: 'relationship', index: true, relationTo: 'indicators', required: true },
        { name: 'country', type: 'relationship', index: true, relationTo: 'countries', required: true },
        {
          name: 'partner',
          type: 'relationship',
          admin: { description: 'Only for bilateral indicators: the counterpart country.' },
          index: true,
          relationTo: 'countries',
        },
      ],
    },
    {
      name: 'subject',
      type: 'text',
      admin: { description: 'Named project or item the figure is about, if any (e.g. “Masrik-1 solar plant”).' },
      maxLength: OBSERVATION_TEXT_LIMITS.subject.maxLength,
    },
    {
      name: 'period',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              defaultValue: 'year',
              options: [...PERIOD_KINDS],
              required: true,
            },
            {
              name: 'year',
              type: 'number',
              admin: { condition: (_, sibling) => sibling?.kind === 'year' },
              max: PERIOD_YEARS.max,
              min: PERIOD_YEARS.min,
            },
            {
              name: 'start',
              type: 'date',
              admin: {
                condition: (_, sibling) => sibling?.kind === 'dates',
                date: { pickerAppearance: 'dayOnly' },
              },
              index: true,
            },
            {
              name: 'end',
              type: 'date',
              admin: {
                condition: (_, sibling) => sibling?.kind === 'dates',
                date: { pickerAppearance: 'dayOnly' },
              },
              index: true,
            },
          ],
        },
        {
          name: 'label',
          type: 'text',
          admin: { description: 'Optional wording shown instead of the dates, e.g. “FY2025”.' },
          maxLength: OBSERVATION_TEXT_LIMITS.periodLabel.maxLength,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'value', type: 'number', required: true },
        {
          name: 'valueMax',
          type: 'number',
          admin: { description: 'Only when the source gives a range (the 20 of 15–20%).' },
          label: 'Upper end of range',
        },
        {
          name: 'unit',
          type: 'text',
          admin: { description: 'Left empty, the indicator’s unit is used.' },
          maxLength: OBSERVATION_TEXT_LIMITS.unit.maxLength,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'qualifier', type: 'select', defaultValue: 'actual', options: [...QUALIFIERS], required: true },
        {
          name: 'qualifierNote',
          type: 'text',
          admin: { description: 'The source’s own wording, e.g. “over”, “expected by year-end”.' },
          maxLength: OBSERVATION_TEXT_LIMITS.qualifierNote.maxLength,
        },
      ],
    },
    {
      name: 'source',
      type: 'group',
      admin: { description: 'Where the figure comes from: an article and its footnote, or a web page.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'article', type: 'relationship', relationTo: 'articles' },
            {
              name: 'footnote',
              type: 'text',
              admin: { description: 'Footnote marker in that article, e.g. 3 or iv.' },
              maxLength: OBSERVATION_TEXT_LIMITS.footnote.maxLength,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            urlField(),
            { name: 'accessed', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
            { name: 'publisher', type: 'text', maxLength: OBSERVATION_TEXT_LIMITS.publisher.maxLength },
          ],
        },
      ],
    },
    { name: 'note', type: 'textarea', maxLength: OBSERVATION_TEXT_LIMITS.note.maxLength },
    {
      name: 'changeReason',
      type: 'textarea',
      admin: {
        description:
          'Why this figure changed (a corrected source, a revised series). Readers see it in the figure’s revision log.',
      },
      label: OBSERVATION_TEXT_LIMITS.changeReason.label,
      maxLength: OBSERVATION_TEXT_LIMITS.changeReason.maxLength,
    },
    {
      name: 'title',
      type: 'text',
      admin: { description: 'Written automatically from the indicator, countries and period.', readOnly: true },
    },
    {
      name: 'periodText',
      type: 'text',
      admin: { hidden: true },
      label: 'Period',
    },
    {
      name: 'seriesKey',
      type: 'text',
      admin: { hidden: true },
      index: true,
      unique: true,
    },
    anomalyField,
    submissionField,
  ],
  hooks: {
    beforeChange: [clearStaleChangeReason, scoreObservation],
    beforeValidate: [checkObservation],
  },
  // A comparison reads indicators × countries: one seek per pair instead of every year of every
  // country for each indicator.
  indexes: [
    { fields: ['indicator', 'country'] },
    // The indicators list counts published figures and reporting countries per indicator from this
    // index alone, and an indicator page reads its newest published figures through the next one.
    { fields: ['indicator', '_status', 'country'] },
    { fields: ['indicator', '_status', 'period.end'] },
  ],
}
