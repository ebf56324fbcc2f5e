import { describe, expect, it } from 'vitest'

import { transitionRefusal } from './states'

describe('workflow transitions', () => {
  it('should let analysts submit drafts and returned documents but not approve or publish', () => {
    expect(transitionRefusal('submit', 'analyst', 'draft')).toBeNull()
    expect(transitionRefusal('submit', 'analyst', 'changes_requested')).toBeNull()
    expect(transitionRefusal('approve', 'analyst', 'in_review')).toMatch(/may not approve/)
    expect(transitionRefusal('publish', 'analyst', 'approved')).toMatch(/may not publish/)
    expect(transitionRefusal('unpublish', 'analyst', 'published')).toMatch(/may not unpublish/)
  })

  it('should let editors review only what is in review', () => {
    expect(transitionRefusal('requestChanges', 'editor', 'in_review')).toBeNull()
    expect(transitionRefusal('approve', 'editor', 'in_review')).toBeNull()
    expect(transitionRefusal('approve', 'editor', 'draft')).toMatch(/not possible while the document is draft/)
    expect(transitionRefusal('submit', 'editor', 'published')).toMatch(/not possible while the document is published/)
  })

  it('should refuse every transition to someone without a staff role', () => {
    expect(transitionRefusal('submit', null, 'draft')).toMatch(/may not/)
  })
})
