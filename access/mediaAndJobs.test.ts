import { describe, expect, it } from 'vitest'

import { adminOrCron } from './adminOrCron'
import { editorOrUnshownMedia } from './editorOrUnshownMedia'
import { shownOrStaff } from './shownOrStaff'

type Role = 'admin' | 'analyst' | 'editor' | 'reader'

const requestAs = (role?: Role, authorization?: string) =>
  ({
    req: {
      headers: new Headers(authorization ? { authorization } : {}),
      user: role ? { collection: 'users', id: 7, role } : null,
    },
  }) as never

describe('media access', () => {
  it('should show staff every upload and everyone else only uploads a published page shows', () => {
    expect(shownOrStaff(requestAs('analyst'))).toBe(true)
    expect(shownOrStaff(requestAs('reader'))).toEqual({ isPublic: { equals: true } })
    expect(shownOrStaff(requestAs())).toEqual({ isPublic: { equals: true } })
  })

  it('should leave uploads on published pages to editors and admins', () => {
    expect(editorOrUnshownMedia(requestAs('editor'))).toBe(true)
    expect(editorOrUnshownMedia(requestAs('admin'))).toBe(true)
    expect(editorOrUnshownMedia(requestAs('analyst'))).toEqual({ isPublic: { not_equals: true } })
    expect(editorOrUnshownMedia(requestAs('reader'))).toBe(false)
    expect(editorOrUnshownMedia(requestAs())).toBe(false)
  })
})

describe('running the jobs queue over HTTP', () => {
  it('should admit admins, and a scheduler only with the configured secret', () => {
    expect(adminOrCron(requestAs('admin'))).toBe(true)
    expect(adminOrCron(requestAs('editor'))).toBe(false)
    expect(adminOrCron(requestAs(undefined, 'Bearer anything'))).toBe(false)
    process.env.CRON_SECRET = 'secret-for-the-test'
    try {
      expect(adminOrCron(requestAs(undefined, 'Bearer secret-for-the-test'))).toBe(true)
      expect(adminOrCron(requestAs(undefined, 'Bearer secret-for-the-tesT'))).toBe(false)
      expect(adminOrCron(requestAs(undefined, 'secret-for-the-test'))).toBe(false)
    } finally {
      delete process.env.CRON_SECRET
    }
  })
})
