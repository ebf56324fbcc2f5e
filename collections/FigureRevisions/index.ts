import type { CollectionConfig } from 'payload'

import { serverWrittenLog } from '@/access'
import { FIGURE_REVISION_KINDS } from '@/lib/figureRevisions/revisionRow'

/**
 * The public revision log of every figure: one row each time an observation's public value is
 * published, revised or withdrawn, kept for good (Payload keeps 50 versions a document). Only the
 * server writes it (lib/figureRevisions/record.ts, called with the audit trail); no API can create,
 * change or delete a row, and only editors read it over the API — reader pages read it on the
 * server, and only for figures readers can see.
 */
export const FigureRevisions: CollectionConfig<'figure-revisions'> = {
  slug: 'figure-revisions',
  access: serverWrittenLog,
  admin: {
    defaultColumns: ['publishedAt', 'kind', 'observationId', 'periodLabel', 'previousValue', 'value', 'approverName'],
    group: 'Administration',
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'observationId', type: 'text', index: true, label: 'Observation ID', required: true },
    { name: 'kind', type: 'select', index: true, options: [...FIGURE_REVISION_KINDS], required: true },
    { name: 'publishedAt', type: 'date', index: true, required: true },
    { name: 'seriesKey', type: 'text' },
    { name: 'indicatorId', type: 'text', index: true, label: 'Indicator ID', required: true },
    { name: 'countryId', type: 'text', index: true, label: 'Country ID', required: true },
    { name: 'partnerId', type: 'text', label: 'Partner ID' },
    { name: 'periodLabel', type: 'text', label: 'Period' },
    { name: 'value', type: 'number' },
    { name: 'valueMax', type: 'number' },
    { name: 'previousValue', type: 'number' },
    { name: 'previousValueMax', type: 'number' },
    { name: 'unit', type: 'text' },
    { name: 'qualifier', type: 'text' },
    { name: 'reason', type: 'textarea' },
    {
      name: 'figure',
      type: 'json',
      admin: {
        description: 'The figure as readers saw it from this publication on (period, source…); empty once withdrawn.',
      },
    },
    { name: 'approver', type: 'relationship', relationTo: 'users' },
    { name: 'approverName', type: 'text', label: 'Approved by' },
    { name: 'approverRole', type: 'text', label: 'Role' },
  ],
  indexes: [{ fields: ['indicatorId', 'publishedAt'] }],
  timestamps: true,
}
