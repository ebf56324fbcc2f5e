import { describe, expect, it } from 'vitest'

import { adminOrAuthor } from './adminOrAuthor'
import { editorOrAuthor } from './editorOrAuthor'

type Role = 'admin' | 'analyst' | 'editor' | 'reader'

const requestAs = (role?: Role, id = 7) => ({ req: { user: role ? { collection: 'users', id, role } : null } }) as never

describe('comment access rules', () => {
  it('should let editors and admins reach every comment and analysts only their own', () => {
    expect(editorOrAuthor(requestAs('admin'))).toBe(true)
    expect(editorOrAuthor(requestAs('editor'))).toBe(true)
    expect(editorOrAuthor(requestAs('analyst', 12))).toEqual({ author: { equals: 12 } })
    expect(editorOrAuthor(requestAs('reader'))).toBe(false)
    expect(editorOrAuthor(requestAs())).toBe(false)
  })

  it('should let admins delete any comment and other staff only their own', () => {
    expect(adminOrAuthor(requestAs('admin'))).toBe(true)
    expect(adminOrAuthor(requestAs('editor', 13))).toEqual({ author: { equals: 13 } })
    expect(adminOrAuthor(requestAs('analyst', 14))).toEqual({ author: { equals: 14 } })
    expect(adminOrAuthor(requestAs('reader'))).toBe(false)
    expect(adminOrAuthor(requestAs())).toBe(false)
  })
})
