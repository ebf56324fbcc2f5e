import type { CollectionConfig, Config, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { revalidatePath } from 'next/cache'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { revalidateAfterLiveWrite, revalidateOnPublish } from './revalidateOnPublish'

vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }))

const logger = { debug: vi.fn(), error: vi.fn() }
const fakeReq = (context: Record<string, unknown> = {}) =>
  ({ context, payload: { logger } }) as unknown as PayloadRequest
const articles = { slug: 'articles' } as SanitizedCollectionConfig

const run = (operation: string, args: Record<string, unknown>, req = fakeReq()) =>
  revalidateAfterLiveWrite({ args, collection: articles, operation, req, result: { id: 1 } } as never)

describe('revalidateAfterLiveWrite', () => {
  beforeEach(() => vi.mocked(revalidatePath).mockClear())

  it('should revalidate every reader page when a document is published or edited live', () => {
    run('updateByID', { data: { _status: 'published' } })
    expect(revalidatePath).toHaveBeenCalledWith('/', 'layout')
  })

  it('should revalidate when a document is unpublished or deleted', () => {
    run('updateByID', { data: { _status: 'draft' } })
    run('deleteByID', { id: 1 })
    run('delete', { where: {} })
    expect(revalidatePath).toHaveBeenCalledTimes(3)
  })

  it('should leave cached pages alone when a draft is saved', () => {
    run('updateByID', { data: { title: 'Changed' }, draft: true })
    run('create', { data: { title: 'New' }, draft: true })
    expect(revalidatePath).not.toHaveBeenCalled()
  })

  it('should leave cached pages alone for reads', () => {
    run('find', { where: {} })
    run('findByID', { id: 1 })
    expect(revalidatePath).not.toHaveBeenCalled()
  })

  it('should leave cached pages alone when the caller disables revalidation (seed)', () => {
    run('create', { data: {} }, fakeReq({ disableRevalidate: true }))
    expect(revalidatePath).not.toHaveBeenCalled()
  })

  it('should return the operation result unchanged', () => {
    expect(run('updateByID', { data: {} })).toEqual({ id: 1 })
  })
})

describe('revalidateOnPublish', () => {
  const config = {
    collections: [
      { slug: 'articles', fields: [], hooks: { afterOperation: [() => undefined] } },
      { slug: 'users', fields: [] },
    ] as CollectionConfig[],
  } as Config

  it('should append the hook to the listed collections only, keeping their own hooks', async () => {
    const result = await revalidateOnPublish({ collections: ['articles'] })(config)
    const [withHook, without] = result.collections ?? []
    expect(withHook.hooks?.afterOperation).toHaveLength(2)
    expect(withHook.hooks?.afterOperation?.[1]).toBe(revalidateAfterLiveWrite)
    expect(without.hooks?.afterOperation).toBeUndefined()
  })

  it('should refuse a collection that does not exist', () => {
    expect(() => revalidateOnPublish({ collections: ['events'] })(config)).toThrow('no collection named events')
  })
})
