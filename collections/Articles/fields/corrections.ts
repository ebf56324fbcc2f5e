import type { Field } from 'payload'

import { isEditorField } from '@/access'
import { CORRECTION_MAX_LENGTH } from '@/lib/staleQuotes/options'

/**
 * Dated correction notes readers see under the article. Editors only: an analyst's write to it is
 * dropped. A note is part of the article's change, so it reaches readers only when an editor
 * publishes the article with it (four eyes included).
 */
export const correctionsField: Field = {
  name: 'corrections',
  type: 'array',
  access: { create: isEditorField, update: isEditorField },
  admin: {
    description: 'Dated corrections shown to readers under the article once it is published with them.',
    initCollapsed: true,
  },
  fields: [
    { name: 'date', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, required: true },
    { name: 'text', type: 'textarea', maxLength: CORRECTION_MAX_LENGTH, required: true },
  ],
  labels: { plural: 'Corrections', singular: 'Correction' },
}
