import { describe, expect, it } from 'vitest'

import { writeSearchNames } from './writeSearchNames'

const run = (data: Record<string, unknown>, originalDoc?: Record<string, unknown>) =>
  writeSearchNames({ data, originalDoc } as never) as Record<string, unknown>

describe('writeSearchNames', () => {
  it('should write the folded name and aliases over whatever the request sent', () => {
    const data = run({ aliases: [{ name: 'Киргизия' }], name: 'Kyrgyzstan', searchNames: ' planted' })
    expect(data.searchNames).toBe(' kyrgyzstan | kirgiziya')
  })

  it('should take the stored name or aliases when an update sends only the other', () => {
    const stored = { aliases: [{ name: 'Alma-Ata' }], name: 'Almaty' }
    expect(run({ aliases: [{ name: 'Алматы' }] }, stored).searchNames).toBe(' almaty')
    expect(run({ name: 'Almaty city' }, stored).searchNames).toBe(' almaty city | alma ata')
  })

  it('should forget removed aliases', () => {
    expect(run({ aliases: [] }, { aliases: [{ name: 'Frunze' }], name: 'Bishkek' }).searchNames).toBe(' bishkek')
  })
})
