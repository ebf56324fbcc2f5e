import type { PayloadRequest } from 'payload'

import { describe, expect, it } from 'vitest'

import { adminOrSelf } from './adminOrSelf'
import { editorOrOwnArticleDraft } from './editorOrOwnArticleDraft'
import { editorOrUnpublishedDraft } from './editorOrUnpublishedDraft'
import { isAdmin } from './isAdmin'
import { isEditor } from './isEditor'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'
import { staffWithoutPublishing } from './staffWithoutPublishing'

import { WORKFLOW_CONTEXT_KEY } from '@/lib/workflow/context'

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

  it('should let staff write drafts, and publish only inside a workflow transition that changes the live document', () => {
    const writing = (role: Role | undefined, status: string, context: Record<string, unknown> = {}) =>
      staffWithoutPublishing({
        data: { _status: status },
        req: { context, user: role ? { collection: 'users', id: 7, role } : null },
      } as never)
    const publishing = { [WORKFLOW_CONTEXT_KEY]: { action: 'publish', changesLive: true, to: 'published' } }
    expect(writing('analyst', 'draft')).toBe(true)
    expect(writing('analyst', 'published')).toBe(false)
    expect(writing('editor', 'draft')).toBe(true)
    expect(writing('editor', 'published')).toBe(false)
    expect(writing('editor', 'published', publishing)).toBe(true)
    expect(writing('editor', 'published', { [WORKFLOW_CONTEXT_KEY]: { action: 'submit', to: 'in_review' } })).toBe(
      false,
    )
    expect(writing(undefined, 'draft')).toBe(false)
  })

  it('should not treat a user of another collection with a role field as staff', () => {
    const reader = { req: { user: { collection: 'readers', id: 1, role: 'admin' } } } as never
    expect(isAdmin(reader)).toBe(false)
    expect(publishedOrStaff(reader)).toEqual({ _status: { equals: 'published' } })
  })
})

describe('editorial write rules that look up the byline', () => {
  const requestWithAuthors = (role: Role | undefined, authorIds: number[]) =>
    ({
      req: {
        payload: { find: async () => ({ docs: authorIds.map((id) => ({ id })) }) },
        user: role ? { collection: 'users', id: 7, role } : null,
      } as unknown as PayloadRequest,
    }) as never

  it('should limit an analyst to drafts of articles carrying their byline', async () => {
    const access = (role: Role | undefined, authorIds: number[], extra: object = {}) =>
      editorOrOwnArticleDraft({ ...(requestWithAuthors(role, authorIds) as object), ...extra } as never)
    expect(await access('editor', [])).toBe(true)
    expect(await access('analyst', [3])).toEqual({ authors: { in: [3] } })
    expect(await access('analyst', [])).toBe(false)
    expect(await access('analyst', [3], { data: { _status: 'published' } })).toBe(false)
    expect(await access('analyst', [3], { data: { authors: [3, 9] } })).toBe(true)
    expect(await access('analyst', [3], { data: { authors: [9] } })).toBe(false)
    expect(await access(undefined, [3])).toBe(false)
  })

  it('should let analysts delete only unpublished documents, and only their own articles', async () => {
    expect(await editorOrUnpublishedDraft()(requestWithAuthors('editor', []))).toBe(true)
    expect(await editorOrUnpublishedDraft()(requestWithAuthors('analyst', []))).toEqual({
      _status: { not_equals: 'published' },
    })
    expect(await editorOrUnpublishedDraft({ isOwnedThroughAuthors: true })(requestWithAuthors('analyst', [4]))).toEqual(
      {
        and: [{ _status: { not_equals: 'published' } }, { authors: { in: [4] } }],
      },
    )
    expect(await editorOrUnpublishedDraft()(requestWithAuthors(undefined, []))).toBe(false)
  })
})
