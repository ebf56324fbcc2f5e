import { describe, expect, it } from 'vitest'

import { normalizeCountryCodes } from './normalizeCountryCodes'

const run = (data: Record<string, unknown>, originalDoc?: Record<string, unknown>) =>
  normalizeCountryCodes({ data, originalDoc } as never)

describe('normalizeCountryCodes', () => {
  it('should store codes trimmed and upper-case', () => {
    expect(run({ iso2: ' kz ', iso3: 'kaz' })).toEqual({ iso2: 'KZ', iso3: 'KAZ' })
  })

  it('should leave an empty code out of a new country rather than store null', () => {
    expect(run({ iso2: null, iso3: 'XGS' })).toEqual({ iso3: 'XGS' })
    expect(run({ iso2: '  ', iso3: 'XCA' })).toEqual({ iso3: 'XCA' })
  })

  it('should clear a code that an existing country had', () => {
    expect(run({ iso2: '' }, { iso2: 'KZ', iso3: 'KAZ' })).toEqual({ iso2: null })
  })

  it('should not touch codes the change does not mention', () => {
    expect(run({ name: 'Kazakhstan' }, { iso2: 'KZ' })).toEqual({ name: 'Kazakhstan' })
  })
})
