import type { CollectionConfig } from 'payload'

import { aliasesField, searchNamesField } from '@/fields/aliases'
import { slugField } from '@/fields/slug'
import { richTextField } from '@/fields/richText'
import { writeSearchNames } from '@/hooks/writeSearchNames'
import { COUNTRY_KINDS, COUNTRY_REGIONS } from '@/lib/countries/options'

import { fillKnownAliases } from './hooks/fillKnownAliases'
import { normalizeCountryCodes } from './hooks/normalizeCountryCodes'

export const Countries: CollectionConfig<'countries'> = {
  slug: 'countries',
  admin: {
    defaultColumns: ['name', 'iso3', 'region', 'kind', '_status', 'updatedAt'],
    group: 'Reference data',
    listSearchableFields: ['name', 'iso2', 'iso3', 'capital'],
    useAsTitle: 'name',
  },
  defaultPopulate: { iso2: true, iso3: true, kind: true, name: true, region: true, slug: true },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', maxLength: 120, required: true },
    slugField({ from: 'name' }),
    {
      type: 'row',
      fields: [
        {
          name: 'iso2',
          type: 'text',
          admin: { description: 'ISO 3166-1 alpha-2, e.g. KZ. Blocs and aggregates may leave it empty.' },
          label: 'ISO2 code',
          unique: true,
          validate: (value: null | string | undefined) =>
            !value || /^[A-Z]{2}$/.test(value) || 'Use two capital letters, e.g. KZ.',
        },
        {
          name: 'iso3',
          type: 'text',
          admin: { description: 'ISO 3166-1 alpha-3, e.g. KAZ (or an X-code for aggregates).' },
          label: 'ISO3 code',
          required: true,
          unique: true,
          validate: (value: null | string | undefined) =>
            (!!value && /^[A-Z]{3}$/.test(value)) || 'Use three capital letters, e.g. KAZ.',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'region', type: 'select', index: true, options: [...COUNTRY_REGIONS], required: true },
        {
          name: 'kind',
          type: 'select',
          defaultValue: 'state',
          options: [...COUNTRY_KINDS],
          required: true,
        },
      ],
    },
    { name: 'capital', type: 'text', maxLength: 120 },
    aliasesField({
      description:
        'Names readers may search for: in the languages of the region and Russian (a new country with an ISO2 code starts with those of the i18n-iso-countries list), older and unofficial names.',
    }),
    { name: 'flag', type: 'upload', relationTo: 'media' },
    richTextField({ name: 'summary', label: 'Overview' }),
    {
      name: 'memberships',
      type: 'array',
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'organization', type: 'relationship', relationTo: 'organizations', required: true },
            {
              name: 'status',
              type: 'select',
              defaultValue: 'member',
              options: [
                { label: 'Member', value: 'member' },
                { label: 'Permanent member', value: 'permanent-member' },
                { label: 'Participant', value: 'participant' },
                { label: 'Observer', value: 'observer' },
                { label: 'Partner', value: 'partner' },
                { label: 'Candidate', value: 'candidate' },
                { label: 'Signatory', value: 'signatory' },
                { label: 'Claimed (unverified)', value: 'claimed' },
                { label: 'Suspended or frozen', value: 'suspended' },
              ],
              required: true,
            },
          ],
        },
      ],
    },
    {
      name: 'leaders',
      type: 'array',
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true },
            { name: 'role', type: 'text', required: true },
            {
              name: 'since',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
          ],
        },
      ],
    },
    searchNamesField,
  ],
  hooks: {
    beforeChange: [writeSearchNames],
    beforeValidate: [normalizeCountryCodes, fillKnownAliases],
  },
}
