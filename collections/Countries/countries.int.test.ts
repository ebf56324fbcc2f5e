import type { Payload } from 'payload'

import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload } from '@/tests/helpers/payload'
import { whereSupported } from '@/tests/helpers/support'
import { validationMessages } from '@/tests/helpers/validation'

let payload: Payload

beforeAll(async () => {
  payload = await createTestPayload()
})

afterAll(async () => {
  await payload.destroy()
})

describe('countries', () => {
  it('should make a slug from the name and store codes in capitals', async () => {
    const country = await payload.create({
      collection: 'countries',
      data: { iso2: 'kz', iso3: 'kaz', name: 'Kazakhstan', kind: 'state', region: 'central-asia' },
    })
    expect(country).toMatchObject({ iso2: 'KZ', iso3: 'KAZ', slug: 'kazakhstan' })
  })

  it('should reject a second country with the same ISO3 code', async () => {
    await payload.create({
      collection: 'countries',
      data: { iso3: 'UZB', name: 'Uzbekistan', kind: 'state', region: 'central-asia' },
    })
    await expect(
      payload.create({
        collection: 'countries',
        data: { iso3: 'UZB', name: 'Uzbekistan again', kind: 'state', region: 'central-asia' },
      }),
    ).rejects.toThrow(ValidationError)
    const { totalDocs } = await payload.count({ collection: 'countries', where: { iso3: { equals: 'UZB' } } })
    expect(totalDocs).toBe(1)
  })

  whereSupported('duplicateKeyDetails')('should name the ISO3 field when rejecting a duplicate', async () => {
    await payload.create({
      collection: 'countries',
      data: { iso3: 'ARM', name: 'Armenia', kind: 'state', region: 'south-caucasus' },
    })
    await expect(
      payload.create({
        collection: 'countries',
        data: { iso3: 'ARM', name: 'Armenia again', kind: 'state', region: 'south-caucasus' },
      }),
    ).rejects.toThrow(/iso3/i)
  })

  it('should accept several blocs without an ISO2 code', async () => {
    for (const [iso3, name] of [
      ['XGS', 'Gulf states'],
      ['XCA', 'Central Asia (regional aggregate)'],
    ]) {
      await payload.create({
        collection: 'countries',
        data: { iso2: null, iso3, kind: 'bloc', name, region: 'central-asia' },
      })
    }
    const { totalDocs } = await payload.count({ collection: 'countries', where: { kind: { equals: 'bloc' } } })
    expect(totalDocs).toBe(2)
  })

  it('should reject malformed codes with an example of the right form', async () => {
    expect(
      await validationMessages(
        payload.create({
          collection: 'countries',
          data: { iso3: 'KGZX', name: 'Kyrgyzstan', kind: 'state', region: 'central-asia' },
        }),
      ),
    ).toMatch(/iso3: Use three capital letters, e.g. KAZ/)
    expect(
      await validationMessages(
        payload.create({
          collection: 'countries',
          data: { iso2: 'K1', iso3: 'KGZ', name: 'Kyrgyzstan', kind: 'state', region: 'central-asia' },
        }),
      ),
    ).toMatch(/iso2: Use two capital letters/)
  })

  it('should reject a slug with spaces or capitals', async () => {
    await expect(
      payload.create({
        collection: 'countries',
        data: { iso3: 'TJK', name: 'Tajikistan', kind: 'state', region: 'central-asia', slug: 'Taji kistan!' },
      }),
    ).resolves.toMatchObject({ slug: 'taji-kistan' })
  })

  it('should hide drafts from anonymous readers and show them to staff', async () => {
    await payload.create({
      collection: 'countries',
      data: { _status: 'draft', iso3: 'TKM', name: 'Turkmenistan', kind: 'state', region: 'central-asia' },
      draft: true,
    })
    const asReader = await payload.find({
      collection: 'countries',
      overrideAccess: false,
      where: { iso3: { equals: 'TKM' } },
    })
    expect(asReader.totalDocs).toBe(0)
    const asStaff = await payload.find({
      collection: 'countries',
      overrideAccess: false,
      user: { collection: 'users', id: 1, role: 'analyst' } as never,
      where: { iso3: { equals: 'TKM' } },
    })
    expect(asStaff.totalDocs).toBe(1)
  })
})
