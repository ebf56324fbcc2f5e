import { describe, expect, it } from 'vitest'

import { liveChangeKind } from './audit'
import { WORKFLOW_CONTEXT_KEY } from './context'
import { fourEyesRefusal, isFourEyesRequired } from './fourEyes'
import { changedContentFields, isPersonWriting, liveWriteRefusal } from './liveState'

const person = (role: string) => ({ payloadAPI: 'REST' as const, user: { collection: 'users', id: 7, role } as never })

describe('who may change what readers see', () => {
  it('should treat API callers and signed-in users as people, and Local API calls without a user as the system', () => {
    expect(isPersonWriting({ payloadAPI: 'REST' })).toBe(true)
    expect(isPersonWriting({ payloadAPI: 'GraphQL' })).toBe(true)
    expect(isPersonWriting({ payloadAPI: 'local', user: { collection: 'users', id: 1 } as never })).toBe(true)
    expect(isPersonWriting({ payloadAPI: 'local' })).toBe(false)
    expect(isPersonWriting(undefined)).toBe(false)
  })

  it('should refuse every person a live change outside a transition, except an editor deleting', () => {
    for (const role of ['admin', 'editor', 'analyst', 'reader']) {
      const args = { collection: 'events', context: {}, req: person(role) }
      expect(liveWriteRefusal({ ...args, operation: 'update' })).toMatch(/only through review/)
      expect(liveWriteRefusal({ ...args, operation: 'create' })).toMatch(/starts as a draft/)
    }
    const deleting = (role: string) =>
      liveWriteRefusal({ collection: 'events', context: {}, operation: 'delete', req: person(role) })
    expect([deleting('admin'), deleting('editor')]).toEqual([null, null])
    expect(deleting('analyst')).toMatch(/Only an editor can delete/)
  })

  it('should let a checked transition and the system change live documents', () => {
    const transition = { [WORKFLOW_CONTEXT_KEY]: { action: 'publish', changesLive: true, to: 'published' } }
    expect(
      liveWriteRefusal({ collection: 'articles', context: transition, operation: 'update', req: person('editor') }),
    ).toBeNull()
    const draftOnly = { [WORKFLOW_CONTEXT_KEY]: { action: 'submit', to: 'in_review' } }
    expect(
      liveWriteRefusal({ collection: 'articles', context: draftOnly, operation: 'update', req: person('editor') }),
    ).not.toBeNull()
    expect(
      liveWriteRefusal({ collection: 'articles', context: {}, operation: 'update', req: { payloadAPI: 'local' } }),
    ).toBeNull()
  })

  it('should leave images on published pages to editors', () => {
    const media = (role: string) =>
      liveWriteRefusal({ collection: 'media', context: {}, operation: 'update', req: person(role) })
    expect(media('editor')).toBeNull()
    expect(media('analyst')).toMatch(/only an editor can change or remove it/)
  })
})

describe('what an audit row says changed', () => {
  it('should list content fields readers see differently, relationships by ID, bookkeeping left out', () => {
    expect(
      changedContentFields(
        { authors: [3], body: { a: 1, b: 2 }, title: 'Old', updatedAt: 'x', workflowStatus: 'draft' },
        {
          authors: [{ id: 3, name: 'A' }],
          body: { b: 2, a: 1 },
          title: 'New',
          updatedAt: 'y',
          workflowStatus: 'published',
        },
      ),
    ).toEqual(['title'])
    expect(changedContentFields({ note: null }, { note: '' })).toEqual([])
  })

  it('should name what a write did to the live document', () => {
    const published = { _status: 'published' }
    const draft = { _status: 'draft' }
    expect(liveChangeKind('articles', { after: published, before: null, id: 1 })).toBe('published')
    expect(liveChangeKind('articles', { after: draft, before: { ...published, id: 1 }, id: 1 })).toBe('unpublished')
    expect(liveChangeKind('articles', { after: published, before: { ...published, id: 1 }, id: 1 })).toBe('changed')
    expect(liveChangeKind('articles', { after: null, before: { ...published, id: 1 }, id: 1 })).toBe('deleted')
    expect(liveChangeKind('media', { after: { isPublic: false }, before: { id: 1, isPublic: true }, id: 1 })).toBe(
      'changed',
    )
  })
})

describe('four eyes', () => {
  it('should be on unless set to off, and refuse other values', () => {
    expect(isFourEyesRequired({})).toBe(true)
    expect(isFourEyesRequired({ FOUR_EYES: 'ON' })).toBe(true)
    expect(isFourEyesRequired({ FOUR_EYES: 'off' })).toBe(false)
    expect(() => isFourEyesRequired({ FOUR_EYES: 'no' })).toThrow(/FOUR_EYES=no is not valid/)
  })

  it('should refuse approving or publishing a change one wrote or submitted, and nothing else', () => {
    const doc = { changeAuthors: ['7'], submittedBy: { id: 9 } }
    expect(fourEyesRefusal({ action: 'approve', doc, env: {}, userId: 7 })).toMatch(/four-eyes/)
    expect(fourEyesRefusal({ action: 'publish', doc, env: {}, userId: 9 })).toMatch(/four-eyes/)
    expect(fourEyesRefusal({ action: 'publish', doc, env: {}, userId: 8 })).toBeNull()
    expect(fourEyesRefusal({ action: 'unpublish', doc, env: {}, userId: 7 })).toBeNull()
    expect(fourEyesRefusal({ action: 'approve', doc, env: { FOUR_EYES: 'off' }, userId: 7 })).toBeNull()
  })
})
