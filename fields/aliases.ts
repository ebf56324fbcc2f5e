import type { ArrayField, TextField } from 'payload'

import { ALIAS_LANGUAGES } from '@/lib/search/aliasLanguages'

/**
 * Other names of a country, place or person — in other languages and scripts, older or unofficial
 * spellings — which site search finds it by. Search folds case, accents, apostrophes and script,
 * so only names that differ beyond that need a row.
 */
export const aliasesField = ({ description }: { description: string }): ArrayField => ({
  name: 'aliases',
  type: 'array',
  // A country has a dozen names from the country-names list: collapsed, they leave the form readable.
  admin: { description, initCollapsed: true },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: 'Other name', maxLength: 120, required: true },
        { name: 'language', type: 'select', options: [...ALIAS_LANGUAGES] },
        {
          name: 'note',
          type: 'text',
          admin: { description: 'E.g. “Soviet-era name” or “used until 1993”.' },
          maxLength: 120,
        },
      ],
    },
  ],
  label: 'Other names',
  labels: { plural: 'Other names', singular: 'Other name' },
})

/**
 * The name and aliases folded for search (lib/search/names.ts). Only the server writes it
 * (hooks/writeSearchNames.ts), whatever a request sends; readers may query it, as they may the names.
 */
export const searchNamesField: TextField = {
  name: 'searchNames',
  type: 'text',
  access: { create: () => false, update: () => false },
  admin: { hidden: true, readOnly: true },
}
