import { describe, expect, it } from 'vitest'

import { fillKnownAliases } from './fillKnownAliases'

const run = (data: Record<string, unknown>, operation: 'create' | 'update' = 'create') =>
  fillKnownAliases({ data, operation } as never) as Record<string, unknown>

describe('fillKnownAliases', () => {
  it('should give a new country the names the country-names list knows', () => {
    const aliases = run({ iso2: 'kg', name: 'Kyrgyzstan' }).aliases as { language?: string; name: string }[]
    expect(aliases).toEqual(
      expect.arrayContaining([
        { language: 'ru', name: 'Киргизия' },
        { language: 'ky', name: 'Кыргызстан' },
        { language: 'uz', name: 'Qirgʻiziston' },
      ]),
    )
    expect(aliases.map((alias) => alias.name)).not.toContain('Kyrgyzstan')
  })

  it('should keep the other names a new country was given', () => {
    expect(run({ aliases: [{ name: 'Kirghizia' }], iso2: 'KG', name: 'Kyrgyzstan' }).aliases).toEqual([
      { name: 'Kirghizia' },
    ])
  })

  it('should leave an update, and a country without a known ISO2 code, as they are', () => {
    expect(run({ aliases: [], iso2: 'KG', name: 'Kyrgyzstan' }, 'update').aliases).toEqual([])
    expect(run({ iso3: 'XCA', name: 'Central Asia' }).aliases).toBeUndefined()
    expect(run({ iso2: 'QQ', name: 'Testland' }).aliases).toBeUndefined()
  })
})
