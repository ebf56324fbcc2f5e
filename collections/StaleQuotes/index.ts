import type { CollectionConfig } from 'payload'

import { serverWrittenLog } from '@/access'
import { staleQuoteEndpoints } from '@/lib/staleQuotes/endpoints'
import { STALE_QUOTE_KINDS, STALE_QUOTE_STATUSES } from '@/lib/staleQuotes/options'

/**
 * Published articles that may be out of date: one row per sentence quoting a figure whose published
 * value an approved change altered. Only the server writes rows (lib/staleQuotes/record.ts, called
 * with the audit trail); editors read them and resolve them through the dismiss and correction
 * endpoints, never by a plain create, update or delete.
 */
export const StaleQuotes: CollectionConfig<'stale-quotes'> = {
  slug: 'stale-quotes',
  access: serverWrittenLog,
  admin: {
    defaultColumns: ['articleTitle', 'sentence', 'oldText', 'newText', 'status', 'flaggedAt'],
    group: 'Administration',
    useAsTitle: 'articleTitle',
  },
  defaultSort: '-flaggedAt',
  endpoints: staleQuoteEndpoints,
  fields: [
    // Not required: deleting the article or the figure empties the reference (the database sets it to null).
    { name: 'article', type: 'relationship', index: true, relationTo: 'articles' },
    { name: 'articleTitle', type: 'text', label: 'Article' },
    { name: 'observation', type: 'relationship', index: true, relationTo: 'observations' },
    { name: 'kind', type: 'select', options: [...STALE_QUOTE_KINDS], required: true },
    { name: 'sentence', type: 'textarea', required: true },
    { name: 'phrase', type: 'text', admin: { description: 'The words carrying the figure.' } },
    { name: 'quotedValue', type: 'number', admin: { description: 'The typed number as the text gives it.' } },
    { name: 'oldValue', type: 'number' },
    { name: 'oldText', type: 'text', label: 'Old value' },
    { name: 'newValue', type: 'number' },
    { name: 'newText', type: 'text', label: 'New value' },
    { name: 'flaggedAt', type: 'date', index: true, required: true },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'open',
      index: true,
      options: [...STALE_QUOTE_STATUSES],
      required: true,
    },
    { name: 'resolvedAt', type: 'date' },
    { name: 'resolvedBy', type: 'relationship', relationTo: 'users' },
    { name: 'resolvedByName', type: 'text', label: 'Resolved by' },
    { name: 'correction', type: 'textarea', admin: { description: 'The correction note sent for review.' } },
  ],
  timestamps: true,
}
