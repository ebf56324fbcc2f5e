import type { PayloadRequest } from 'payload'

import { describe, expect, it } from 'vitest'

import { ownNotifications } from './ownNotifications'
import { selfOrAdminField } from './selfOrAdminField'

const req = (role?: string, id = 7) =>
  ({ user: role ? { collection: 'users', id, role } : null }) as unknown as PayloadRequest

describe('ownNotifications', () => {
  it.each(['admin', 'editor', 'analyst'])('should limit %s to notifications addressed to them', (role) => {
    expect(ownNotifications({ req: req(role) })).toEqual({ recipient: { equals: 7 } })
  })

  it('should give readers and visitors nothing', () => {
    expect(ownNotifications({ req: req('reader') })).toBe(false)
    expect(ownNotifications({ req: req() })).toBe(false)
  })
})

describe('selfOrAdminField', () => {
  it('should let a person reach the field on their own account only', () => {
    expect(selfOrAdminField({ id: 7, req: req('analyst') } as never)).toBe(true)
    expect(selfOrAdminField({ id: 8, req: req('analyst') } as never)).toBe(false)
    expect(selfOrAdminField({ doc: { id: 7 }, req: req('editor') } as never)).toBe(true)
  })

  it('should let admins reach it on any account, and nobody signed out', () => {
    expect(selfOrAdminField({ id: 8, req: req('admin') } as never)).toBe(true)
    expect(selfOrAdminField({ id: 7, req: req() } as never)).toBe(false)
  })
})
