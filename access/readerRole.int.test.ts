import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, User } from '@/payload-types'

import { createCountry, createUser } from '@/tests/helpers/fixtures'
import { createTestPayload } from '@/tests/helpers/payload'
import { as } from '@/tests/helpers/actors'

let payload: Payload
let admin: User
let editor: User
let reader: User
let otherReader: User
let published: Country
let draft: Country

const createReader = (name: string) =>
  payload.create({
    collection: 'users',
    data: { email: `${name}@mail.example`, name, password: 'reader-password-1', role: 'reader' },
  })

beforeAll(async () => {
  payload = await createTestPayload()
  admin = await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
  reader = await createReader('reader-one')
  otherReader = await createReader('reader-two')
  published = await createCountry(payload)
  draft = await createCountry(payload, { _status: 'draft' })
})

afterAll(async () => {
  await payload.destroy()
})

describe('reader role', () => {
  it('should keep readers out of the admin panel', () => {
    const canEnterAdmin = payload.collections.users.config.access.admin!
    expect(canEnterAdmin({ req: { user: { ...reader, collection: 'users' } } } as never)).toBe(false)
    expect(canEnterAdmin({ req: { user: { ...editor, collection: 'users' } } } as never)).toBe(true)
  })

  it('should not let a reader read drafts or versions', async () => {
    const visible = await payload.find({ collection: 'countries', draft: true, limit: 100, ...as(reader) })
    expect(visible.docs.map((country) => country.id)).toContain(published.id)
    expect(visible.docs.map((country) => country.id)).not.toContain(draft.id)
    await expect(
      payload.findByID({ collection: 'countries', draft: true, id: draft.id, ...as(reader) }),
    ).rejects.toThrow()
    await expect(payload.findVersions({ collection: 'countries', ...as(reader) })).rejects.toThrow(/not allowed/i)
  })

  it('should not let a reader create, change or delete editorial content', async () => {
    await expect(
      payload.create({
        collection: 'countries',
        data: { _status: 'draft', iso3: 'QRD', kind: 'state', name: 'Readerland', region: 'other' },
        ...as(reader),
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.update({
        collection: 'countries',
        data: { name: 'Renamed' },
        draft: true,
        id: published.id,
        ...as(reader),
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(payload.delete({ collection: 'countries', id: published.id, ...as(reader) })).rejects.toThrow(
      /not allowed/i,
    )
    await expect(
      payload
        .update({ collection: 'users', data: { role: 'editor' }, id: reader.id, ...as(reader) })
        .then((user) => user.role),
    ).resolves.toBe('reader')
  })
})

describe('reader items', () => {
  it('should file a follow under its creator whatever user the request names', async () => {
    const follow = await payload.create({
      collection: 'follows',
      data: { country: published.id, user: otherReader.id },
      ...as(reader),
    })
    expect(typeof follow.user === 'object' ? follow.user?.id : follow.user).toBe(reader.id)
  })

  it('should show follows to their owner and admins only, and let only the owner remove them', async () => {
    const { docs: own } = await payload.find({ collection: 'follows', depth: 0, ...as(reader) })
    expect(own).toHaveLength(1)
    expect((await payload.find({ collection: 'follows', ...as(otherReader) })).docs).toHaveLength(0)
    expect((await payload.find({ collection: 'follows', ...as(editor) })).docs).toHaveLength(0)
    expect((await payload.find({ collection: 'follows', ...as(admin) })).docs).toHaveLength(1)
    await expect(payload.delete({ collection: 'follows', id: own[0].id, ...as(otherReader) })).rejects.toThrow()
    await expect(payload.delete({ collection: 'follows', id: own[0].id, ...as(admin) })).rejects.toThrow()
    await payload.delete({ collection: 'follows', id: own[0].id, ...as(reader) })
    expect((await payload.find({ collection: 'follows', ...as(reader) })).docs).toHaveLength(0)
  })

  it('should refuse to follow the same country twice', async () => {
    await payload.create({ collection: 'follows', data: { country: published.id } as never, ...as(otherReader) })
    await expect(
      payload.create({ collection: 'follows', data: { country: published.id } as never, ...as(otherReader) }),
    ).rejects.toThrow()
  })

  it('should save a comparison as its canonical query and keep it private to its owner', async () => {
    const saved = await payload.create({
      collection: 'saved-comparisons',
      data: {
        query:
          'https://crossroads.example/compare?countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume&x=1',
        title: 'Trade',
      } as never,
      ...as(reader),
    })
    expect(saved.query).toBe('countries=kazakhstan,uzbekistan&indicators=bilateral-trade-volume')
    await expect(
      payload.findByID({ collection: 'saved-comparisons', id: saved.id, ...as(otherReader) }),
    ).rejects.toThrow()
    await expect(
      payload.update({
        collection: 'saved-comparisons',
        data: { title: 'Mine now' },
        id: saved.id,
        ...as(otherReader),
      }),
    ).rejects.toThrow()
    const renamed = await payload.update({
      collection: 'saved-comparisons',
      data: { title: 'Trade, renamed' },
      id: saved.id,
      ...as(reader),
    })
    expect(renamed.title).toBe('Trade, renamed')
  })

  it('should refuse a saved comparison that is not a comparison link, and anonymous saves', async () => {
    await expect(
      payload.create({
        collection: 'saved-comparisons',
        data: { query: '/articles/something', title: 'Not a comparison' } as never,
        ...as(reader),
      }),
    ).rejects.toThrow(/invalid: Query/)
    await expect(
      payload.create({
        collection: 'saved-comparisons',
        data: { query: 'countries=georgia', title: 'Anonymous' } as never,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
  })
})
