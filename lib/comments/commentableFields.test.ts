import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { commentableFieldsOf } from './commentableFields'

describe('fields a comment may be about', () => {
  it('should list data fields by path and label, through rows and groups, without hidden or interface fields', () => {
    const fields: Field[] = [
      { name: 'workflowPanel', type: 'ui', admin: { components: {} } },
      { type: 'row', fields: [{ name: 'indicator', type: 'relationship', relationTo: 'indicators' }] },
      { name: 'value', type: 'number', label: 'Figure' },
      { name: 'period', type: 'group', fields: [{ name: 'startYear', type: 'number' }] },
      { name: 'workflowStatus', type: 'select', options: ['draft'] },
      { name: 'secret', type: 'text', admin: { hidden: true } },
    ]
    expect(commentableFieldsOf(fields)).toEqual([
      { label: 'Indicator', path: 'indicator' },
      { label: 'Figure', path: 'value' },
      { label: 'Period › Start Year', path: 'period.startYear' },
    ])
  })
})
