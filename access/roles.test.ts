import type { PayloadRequest } from 'payload'

import { describe, expect, it } from 'vitest'

import { adminOrSelf } from './adminOrSelf'
import { isAdmin } from './isAdmin'
import { isEditor } from './isEditor'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'
import { staffWithoutPublishing } from './staffWithoutPublishing'

type Role = 'admin' | 'analyst' | 'editor'

const requestAs = (role?: Role, id = 7) =>
  ({ req: { user: role ? { collection: 'users', id, role } : null } as unknown as PayloadRequest }) as never

describe('access rules', () => {
  it('should let only admins pass isAdmin', () => {
    expect(isAdmin(requestAs('admin'))).toBe(true)
    expect(isAdmin(requestAs('editor'))).toBe(false)
    expect(isAdmin(requestAs('analyst'))).toBe(false)
    expect(isAdmin(requestAs())).toBe(false)
  })

  it('should let editors and admins pass isEditor', () => {
    expect(isEditor(requestAs('admin'))).toBe(true)
    expect(isEditor(requestAs('editor'))).toBe(true)
    expect(isEditor(requestAs('analyst'))).toBe(false)
    expect(isEditor(requestAs())).toBe(false)
  })

  it('should let every staff role but not anonymous readers pass isStaff', () => {
    expect(isStaff(requestAs('analyst'))).toBe(true)
    expect(isStaff(requestAs())).toBe(false)
  })

  it('should limit readers to published documents and let staff read drafts', () => {
    expect(publishedOrStaff(requestAs())).toEqual({ _status: { equals: 'published' } })
    expect(publishedOrStaff(requestAs('analyst'))).toBe(true)
  })

  it('should let a non-admin reach only their own user record', () => {
    expect(adminOrSelf(requestAs('admin'))).toBe(true)
    expect(adminOrSelf(requestAs('editor', 12))).toEqual({ id: { equals: 12 } })
    expect(adminOrSelf(requestAs())).toBe(false)
  })

  it('should let analysts write drafts but not publish, and editors do both', () => {
    const writing = (role: Role | undefined, status: string) =>
      staffWithoutPublishing({ ...(requestAs(role) as object), data: { _status: status } } as never)
    expect(writing('analyst', 'draft')).toBe(true)
    expect(writing('analyst', 'published')).toBe(false)
    expect(writing('editor', 'published')).toBe(true)
    expect(writing(undefined, 'draft')).toBe(false)
  })

  it('should not treat a user of another collection with a role field as staff', () => {
    const reader = { req: { user: { collection: 'readers', id: 1, role: 'admin' } } } as never
    expect(isAdmin(reader)).toBe(false)
    expect(publishedOrStaff(reader)).toEqual({ _status: { equals: 'published' } })
  })
})
