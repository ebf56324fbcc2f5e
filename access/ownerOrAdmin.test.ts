import { describe, expect, it } from 'vitest'

import { isEditor } from './isEditor'
import { isSignedIn } from './isSignedIn'
import { isStaff } from './isStaff'
import { ownerOnly, ownerOrAdmin } from './ownerOrAdmin'
import { publishedOrStaff } from './publishedOrStaff'
import { staffWithoutPublishing } from './staffWithoutPublishing'

type Role = 'admin' | 'analyst' | 'editor' | 'reader'

const requestAs = (role?: Role, id = 7) => ({ req: { user: role ? { collection: 'users', id, role } : null } }) as never

describe('reader role in the access rules', () => {
  it('should treat a reader as signed in but never as staff', () => {
    expect(isSignedIn(requestAs('reader'))).toBe(true)
    expect(isSignedIn(requestAs())).toBe(false)
    expect(isStaff(requestAs('reader'))).toBe(false)
    expect(isEditor(requestAs('reader'))).toBe(false)
    expect(publishedOrStaff(requestAs('reader'))).toEqual({ _status: { equals: 'published' } })
    expect(staffWithoutPublishing({ ...(requestAs('reader') as object), data: { _status: 'draft' } } as never)).toBe(
      false,
    )
  })

  it('should limit reader items to their owner, with admins reading but not editing them', () => {
    expect(ownerOrAdmin(requestAs('reader', 12))).toEqual({ user: { equals: 12 } })
    expect(ownerOrAdmin(requestAs('editor', 13))).toEqual({ user: { equals: 13 } })
    expect(ownerOrAdmin(requestAs('admin'))).toBe(true)
    expect(ownerOrAdmin(requestAs())).toBe(false)
    expect(ownerOnly(requestAs('admin', 14))).toEqual({ user: { equals: 14 } })
    expect(ownerOnly(requestAs())).toBe(false)
  })
})
