import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, User } from '@/payload-types'

import { transitionDocument } from '@/lib/workflow/transitions'
import { createCountry, createUser } from '@/tests/helpers/fixtures'
import { createTestPayload } from '@/tests/helpers/payload'
import { as } from '@/tests/helpers/actors'

let payload: Payload
let analyst: User
let editor: User
let country: Country

beforeAll(async () => {
  payload = await createTestPayload()
  await createUser(payload, 'admin')
  analyst = await createUser(payload, 'analyst')
  editor = await createUser(payload, 'editor')
  country = await createCountry(payload, { capital: 'Astana', name: 'Kazakhstan' })
})

afterAll(async () => {
  await payload.destroy()
})

describe('editorial guardrails', () => {
  it('should keep the published version live when an analyst updates without asking for a draft', async () => {
    await payload.update({ collection: 'countries', data: { capital: 'Nur-Sultan' }, id: country.id, ...as(analyst) })

    const forReaders = await payload.findByID({ collection: 'countries', id: country.id, overrideAccess: false })
    expect(forReaders).toMatchObject({ _status: 'published', capital: 'Astana' })
    const latestDraft = await payload.findByID({ collection: 'countries', draft: true, id: country.id, ...as(editor) })
    expect(latestDraft.capital).toBe('Nur-Sultan')
  })

  it('should refuse to let an analyst publish, create published documents or delete', async () => {
    await expect(
      payload.update({ collection: 'countries', data: { _status: 'published' }, id: country.id, ...as(analyst) }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.create({
        collection: 'countries',
        data: { _status: 'published', iso3: 'QZZ', kind: 'state', name: 'Published by analyst', region: 'other' },
        ...as(analyst),
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(payload.delete({ collection: 'countries', id: country.id, ...as(analyst) })).rejects.toThrow(
      /not allowed/i,
    )
    const stillLive = await payload.findByID({ collection: 'countries', id: country.id, overrideAccess: false })
    expect(stillLive.capital).toBe('Astana')
  })

  it('should let an analyst create a draft that readers cannot see', async () => {
    const draft = await payload.create({
      collection: 'countries',
      data: { iso3: 'QYY', kind: 'state', name: 'Analyst draft', region: 'other' },
      draft: true,
      ...as(analyst),
    })
    expect(draft._status).toBe('draft')
    const forReaders = await payload.find({
      collection: 'countries',
      overrideAccess: false,
      where: { id: { equals: draft.id } },
    })
    expect(forReaders.totalDocs).toBe(0)
  })

  it('should let an editor publish the analyst’s pending change through the workflow only', async () => {
    await expect(
      payload.update({
        collection: 'countries',
        data: { _status: 'published', capital: 'Astana (capital since 1997)' },
        id: country.id,
        ...as(editor),
      }),
    ).rejects.toThrow(/not allowed/i)
    await transitionDocument({
      action: 'publish',
      collection: 'countries',
      id: country.id,
      payload,
      user: { ...editor, collection: 'users' },
    })
    const forReaders = await payload.findByID({ collection: 'countries', id: country.id, overrideAccess: false })
    expect(forReaders.capital).toBe('Nur-Sultan')
  })
})
