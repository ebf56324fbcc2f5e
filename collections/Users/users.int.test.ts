import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload } from '@/tests/helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await createTestPayload()
})

afterAll(async () => {
  await payload.destroy()
})

describe('users', () => {
  it('should make the first account an admin and later accounts analysts by default', async () => {
    const first = await payload.create({
      collection: 'users',
      data: { email: 'first@crossroads.example', name: 'First', password: 'first-password', role: 'analyst' },
    })
    expect(first.role).toBe('admin')
    const second = await payload.create({
      collection: 'users',
      // No role on purpose: the default is what this checks.
      data: {
        email: 'second@crossroads.example',
        name: 'Second',
        password: 'second-password',
      } as RequiredDataFromCollectionSlug<'users'>,
    })
    expect(second.role).toBe('analyst')
  })

  it('should ignore a role change asked for by a non-admin and apply one made by an admin', async () => {
    const admin = (await payload.find({ collection: 'users', where: { role: { equals: 'admin' } } })).docs[0]
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'editor@crossroads.example', name: 'Editor', password: 'editor-password', role: 'editor' },
    })
    const selfPromoted = await payload.update({
      collection: 'users',
      data: { name: 'Editor Renamed', role: 'admin' },
      id: editor.id,
      overrideAccess: false,
      user: { ...editor, collection: 'users' },
    })
    expect(selfPromoted).toMatchObject({ name: 'Editor Renamed', role: 'editor' })
    const promoted = await payload.update({
      collection: 'users',
      data: { role: 'admin' },
      id: editor.id,
      overrideAccess: false,
      user: { ...admin, collection: 'users' },
    })
    expect(promoted.role).toBe('admin')
  })

  it('should not let a non-admin read or edit other accounts', async () => {
    const analyst = await payload.create({
      collection: 'users',
      data: { email: 'analyst@crossroads.example', name: 'Analyst', password: 'analyst-password', role: 'analyst' },
    })
    const visible = await payload.find({
      collection: 'users',
      overrideAccess: false,
      user: { ...analyst, collection: 'users' },
    })
    expect(visible.docs.map((user) => user.email)).toEqual(['analyst@crossroads.example'])
    const admin = (await payload.find({ collection: 'users', where: { role: { equals: 'admin' } } })).docs[0]
    await expect(
      payload.update({
        collection: 'users',
        data: { name: 'Hijacked' },
        id: admin.id,
        overrideAccess: false,
        user: { ...analyst, collection: 'users' },
      }),
    ).rejects.toThrow()
  })
})
